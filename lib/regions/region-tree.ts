import { asc, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { regions, type Region } from '@/db/schema';

export interface RegionNode extends Pick<Region, 'kato' | 'level' | 'nameKk' | 'nameRu' | 'nameEn'> {
  districts: Pick<Region, 'kato' | 'level' | 'nameKk' | 'nameRu' | 'nameEn'>[];
}

/** Oblasts and cities with their districts, in KATO order: what a provider picks from. */
export async function regionTree(db: Db): Promise<RegionNode[]> {
  const rows = await db.select().from(regions).orderBy(asc(regions.kato));
  const top = rows.filter((r) => !r.parentKato);
  return top.map((r) => ({
    kato: r.kato,
    level: r.level,
    nameKk: r.nameKk,
    nameRu: r.nameRu,
    nameEn: r.nameEn,
    districts: rows
      .filter((d) => d.parentKato === r.kato)
      .map((d) => ({ kato: d.kato, level: d.level, nameKk: d.nameKk, nameRu: d.nameRu, nameEn: d.nameEn })),
  }));
}

/** The districts of the oblast or city a place belongs to: where a recipient may look for pickup. */
export async function districtsAround(db: Db, kato: string) {
  const [place] = await db.select({ parentKato: regions.parentKato }).from(regions).where(eq(regions.kato, kato));
  const parent = place?.parentKato ?? kato;
  return db
    .select({ kato: regions.kato, nameKk: regions.nameKk, nameRu: regions.nameRu, nameEn: regions.nameEn })
    .from(regions)
    .where(eq(regions.parentKato, parent))
    .orderBy(asc(regions.kato));
}
