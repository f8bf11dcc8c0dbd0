import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { regions } from '@/db/schema';
import { assertPermission, type Actor } from '@/lib/auth/actor';
import { writeAudit } from '@/lib/audit';
import { AppError } from '@/lib/errors';
import type { DistrictInput, RegionNamesInput } from './schemas';

/**
 * Administrators rename a region (a KATO release renames units; the code stays). Addresses,
 * offices and providers refer to the code, so nothing else changes.
 */
export async function renameRegion(db: Db, actor: Actor, input: RegionNamesInput): Promise<void> {
  assertPermission(actor, 'regions.manage');
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(regions).where(eq(regions.kato, input.kato)).for('update');
    if (!before) throw new AppError('not_found', { detailKey: 'adminRegions.errors.not_found', values: { kato: input.kato } });
    await tx.update(regions).set({ nameKk: input.nameKk, nameRu: input.nameRu, nameEn: input.nameEn }).where(eq(regions.kato, input.kato));
    await writeAudit(tx, {
      actor: { userId: actor.userId, role: actor.role },
      action: 'region.rename',
      entityType: 'region',
      entityId: input.kato,
      data: {
        before: { kk: before.nameKk, ru: before.nameRu, en: before.nameEn },
        after: { kk: input.nameKk, ru: input.nameRu, en: input.nameEn },
      },
    });
  });
}

/**
 * Adds a district under an oblast or a city of republican significance. A KATO code begins
 * with its region's two digits, so a code that does not is refused, as is one already taken
 * and a parent that is unknown or is itself a district.
 */
export async function addDistrict(db: Db, actor: Actor, input: DistrictInput): Promise<void> {
  assertPermission(actor, 'regions.manage');
  await db.transaction(async (tx) => {
    // Locking the parent keeps it from being renamed or changed while its district is added.
    const [parent] = await tx.select().from(regions).where(eq(regions.kato, input.parentKato)).for('update');
    if (!parent) {
      throw new AppError('validation_failed', {
        fieldErrors: [{ field: 'parentKato', message: 'adminRegions.errors.parent_unknown', values: { kato: input.parentKato } }],
      });
    }
    if (parent.level !== 'oblast' && parent.level !== 'city') {
      throw new AppError('validation_failed', {
        fieldErrors: [{ field: 'parentKato', message: 'adminRegions.errors.parent_not_top_level', values: { kato: input.parentKato } }],
      });
    }
    if (input.kato.slice(0, 2) !== parent.kato.slice(0, 2)) {
      throw new AppError('validation_failed', {
        fieldErrors: [{ field: 'kato', message: 'adminRegions.errors.kato_prefix', values: { prefix: parent.kato.slice(0, 2) } }],
      });
    }
    // The primary key decides whether the code is free, also when two administrators add it at once.
    const [created] = await tx
      .insert(regions)
      .values({ kato: input.kato, parentKato: parent.kato, level: 'district', nameKk: input.nameKk, nameRu: input.nameRu, nameEn: input.nameEn })
      .onConflictDoNothing()
      .returning({ kato: regions.kato });
    if (!created) {
      throw new AppError('validation_failed', { fieldErrors: [{ field: 'kato', message: 'adminRegions.errors.kato_taken', values: { kato: input.kato } }] });
    }
    await writeAudit(tx, {
      actor: { userId: actor.userId, role: actor.role },
      action: 'region.add_district',
      entityType: 'region',
      entityId: input.kato,
      toState: 'district',
      data: { parentKato: parent.kato, names: { kk: input.nameKk, ru: input.nameRu, en: input.nameEn } },
    });
  });
}
