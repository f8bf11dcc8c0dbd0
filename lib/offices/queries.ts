import { asc, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { employmentOffices, officeDistricts, regions } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';

/** The officer's own office and the districts it serves; null for anyone else. */
export async function getActorOffice(db: Db, actor: Actor) {
  if (!actor.officeId) return null;
  const [office] = await db.select().from(employmentOffices).where(eq(employmentOffices.id, actor.officeId));
  if (!office) return null;
  const districts = await db
    .select({ kato: regions.kato, nameKk: regions.nameKk, nameRu: regions.nameRu, nameEn: regions.nameEn })
    .from(officeDistricts)
    .innerJoin(regions, eq(regions.kato, officeDistricts.kato))
    .where(eq(officeDistricts.officeId, office.id))
    .orderBy(asc(regions.kato));
  return { ...office, districts };
}
