import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { classifierEntries, guaranteedSums } from '@/db/schema';
import { assertPermission, type Actor } from '@/lib/auth/actor';
import { writeAudit } from '@/lib/audit';
import { almatyDateOf } from '@/lib/calendar/local-date';
import { now } from '@/lib/clock';
import { AppError } from '@/lib/errors';
import type { ClassifierNamesInput, GuaranteedSumInput } from './schemas';

/**
 * A new guaranteed sum for a classifier entry from a date. History is kept: earlier sums stay
 * and still apply to service dates before it. A sum may not start in the past, because
 * amounts already in force were relied on by orders and acts.
 */
export async function addGuaranteedSum(db: Db, actor: Actor, input: GuaranteedSumInput) {
  assertPermission(actor, 'classifier.manage');
  const today = almatyDateOf(now());
  if (input.validFrom < today) {
    throw new AppError('validation_failed', { fieldErrors: [{ field: 'validFrom', message: 'validation.sum_in_past', values: { today } }] });
  }
  return db.transaction(async (tx) => {
    const [entry] = await tx.select({ code: classifierEntries.code }).from(classifierEntries).where(eq(classifierEntries.code, input.code));
    if (!entry) throw new AppError('validation_failed', { fieldErrors: [{ field: 'code', message: 'validation.unknown_classifier_code', values: { code: input.code } }] });
    const [clash] = await tx
      .select({ id: guaranteedSums.id })
      .from(guaranteedSums)
      .where(and(eq(guaranteedSums.classifierCode, input.code), eq(guaranteedSums.validFrom, input.validFrom)));
    if (clash) throw new AppError('conflict', { detailKey: 'errors.conflict.sum_exists', values: { code: input.code, validFrom: input.validFrom } });
    const [created] = await tx
      .insert(guaranteedSums)
      .values({ classifierCode: input.code, amount: input.amount, validFrom: input.validFrom, createdBy: actor.userId, createdAt: now() })
      .returning();
    await writeAudit(tx, {
      actor: { userId: actor.userId, role: actor.role },
      action: 'classifier.add_guaranteed_sum',
      entityType: 'classifier_entry',
      entityId: input.code,
      data: { amount: input.amount, validFrom: input.validFrom },
    });
    return created!;
  });
}

export async function renameClassifierEntry(db: Db, actor: Actor, input: ClassifierNamesInput) {
  assertPermission(actor, 'classifier.manage');
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(classifierEntries).where(eq(classifierEntries.code, input.code)).for('update');
    if (!before) throw new AppError('not_found', { detailKey: 'errors.not_found.classifier_entry', values: { code: input.code } });
    await tx.update(classifierEntries).set({ nameKk: input.nameKk, nameRu: input.nameRu, nameEn: input.nameEn }).where(eq(classifierEntries.code, input.code));
    await writeAudit(tx, {
      actor: { userId: actor.userId, role: actor.role },
      action: 'classifier.rename',
      entityType: 'classifier_entry',
      entityId: input.code,
      data: { before: { kk: before.nameKk, ru: before.nameRu, en: before.nameEn }, after: { kk: input.nameKk, ru: input.nameRu, en: input.nameEn } },
    });
  });
}
