import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { regions } from '@/db/schema';

/** One region with its parent's names and its own districts; null for an unknown code. */
export async function getRegion(db: Db, kato: string) {
  const [region] = await db.select().from(regions).where(eq(regions.kato, kato));
  if (!region) return null;
  const [parent] = region.parentKato ? await db.select().from(regions).where(eq(regions.kato, region.parentKato)) : [];
  const districts = await db.select().from(regions).where(eq(regions.parentKato, kato)).orderBy(asc(regions.kato));
  return { ...region, parent: parent ?? null, districts };
}

/** The oblasts and cities of republican significance: the parents a district can have. */
export async function topLevelRegions(db: Db) {
  return db.select().from(regions).where(inArray(regions.level, ['oblast', 'city'])).orderBy(asc(regions.kato));
}
