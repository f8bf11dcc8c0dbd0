import { eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { providerRegions, regions } from '@/db/schema';
import { assertPermission, type Actor } from '@/lib/auth/actor';
import { writeAudit } from '@/lib/audit';
import { AppError } from '@/lib/errors';

/**
 * Replaces the regions a provider serves. Listing an oblast or city covers all its districts,
 * so a district under a listed oblast is dropped as redundant. Every code must exist: an
 * unknown one is named and nothing is written.
 */
export async function setServiceRegions(db: Db, actor: Actor, katos: string[]) {
  assertPermission(actor, 'provider.manage');
  const providerId = actor.providerId;
  if (!providerId) throw new AppError('forbidden');
  const wanted = [...new Set(katos)];
  return db.transaction(async (tx) => {
    const known = wanted.length
      ? await tx.select({ kato: regions.kato, parentKato: regions.parentKato }).from(regions).where(inArray(regions.kato, wanted))
      : [];
    const knownSet = new Set(known.map((r) => r.kato));
    const unknown = wanted.filter((k) => !knownSet.has(k));
    if (unknown.length > 0) {
      throw new AppError('validation_failed', {
        fieldErrors: unknown.map((kato) => ({ field: 'katos', message: 'validation.unknown_kato', values: { kato } })),
      });
    }
    const kept = known.filter((r) => !r.parentKato || !knownSet.has(r.parentKato)).map((r) => r.kato).sort();
    const before = (await tx.select({ kato: providerRegions.kato }).from(providerRegions).where(eq(providerRegions.providerId, providerId)).for('update')).map((r) => r.kato).sort();
    await tx.delete(providerRegions).where(eq(providerRegions.providerId, providerId));
    if (kept.length > 0) await tx.insert(providerRegions).values(kept.map((kato) => ({ providerId, kato })));
    await writeAudit(tx, {
      actor: { userId: actor.userId, role: actor.role },
      action: 'provider.set_regions',
      entityType: 'provider',
      entityId: providerId,
      data: { added: kept.filter((k) => !before.includes(k)), removed: before.filter((k) => !kept.includes(k)) },
    });
    return kept;
  });
}
