import { asc, eq, sql } from 'drizzle-orm';
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

/**
 * Where a recipient lives, in one query: the oblast or city (`parent`) and its districts, among
 * which the recipient may look (for pickup nearer to them, say). A place covered by a provider
 * is a district together with its parent: `covering` gives both codes.
 */
export async function areaAround(db: Db, kato: string) {
  const parentOfPlace = sql`coalesce((select ${regions.parentKato} from ${regions} where ${regions.kato} = ${kato}), ${kato})`;
  const districts = await db
    .select({ kato: regions.kato, parentKato: regions.parentKato, nameKk: regions.nameKk, nameRu: regions.nameRu, nameEn: regions.nameEn })
    .from(regions)
    .where(eq(regions.parentKato, parentOfPlace))
    .orderBy(asc(regions.kato));
  const parent = districts[0]?.parentKato ?? kato;
  return {
    parent,
    districts,
    covering: (district: string) => (district === parent ? [parent] : [district, parent]),
  };
}
