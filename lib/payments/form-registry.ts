import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { qualified as q } from '@/db/qualified';
import { acts, employmentOffices, paymentRegistries, paymentRegistryActs } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import { assertPermission, type Actor } from '@/lib/auth/actor';
import { almatyDateOf } from '@/lib/calendar/local-date';
import { AppError } from '@/lib/errors';
import { formatTenge, money, sumMoney } from '@/lib/money';
import { livesInOfficeDistricts } from '@/lib/offices/district-office';

/** Approved acts of the office's districts that no registry holds yet: what it owes and has not sent. */
export function unpaidApprovedActs(officeId: string) {
  return and(
    eq(acts.status, 'approved'),
    livesInOfficeDistricts(officeId, q(acts.recipientId)),
    sql`not exists (select 1 from ${paymentRegistryActs} where ${q(paymentRegistryActs.actId)} = ${q(acts.id)})`,
  )!;
}

/**
 * An officer puts the office's approved, unsent acts (all of them, or those chosen) into a
 * payment registry for the treasury. The office's row is locked, so two officers forming at once
 * make two registries with different acts (an act is in one registry at most: a unique index).
 */
export async function formPaymentRegistry(db: Db, actor: Actor, input: { actIds?: string[] | undefined }, at: Date) {
  assertPermission(actor, 'payments.manage');
  if (!actor.officeId) throw new AppError('forbidden');
  const officeId = actor.officeId;
  return db.transaction(async (tx) => {
    const [office] = await tx.select({ regionKato: employmentOffices.regionKato }).from(employmentOffices).where(eq(employmentOffices.id, officeId)).for('update');
    const chosen = await tx
      .select({ id: acts.id, providerId: acts.providerId, amount: acts.reimbursed })
      .from(acts)
      .where(and(unpaidApprovedActs(officeId), input.actIds ? inArray(acts.id, input.actIds) : undefined))
      .orderBy(asc(acts.providerId), asc(acts.number))
      .for('update');
    if (input.actIds && chosen.length !== new Set(input.actIds).size) throw new AppError('rule_violation', { detailKey: 'errors.payments.act_not_payable' });
    if (chosen.length === 0) throw new AppError('rule_violation', { detailKey: 'errors.payments.nothing_to_pay' });
    // Numbered per office and day: "<oblast KATO>-<office>-<YYYYMMDD>-<n>" (an oblast may have several offices).
    const day = almatyDateOf(at);
    const [{ value: formedToday }] = (await tx
      .select({ value: count() })
      .from(paymentRegistries)
      .where(and(eq(paymentRegistries.officeId, officeId), sql`(${paymentRegistries.formedAt} at time zone 'Asia/Almaty')::date = ${day}::date`))) as [{ value: number }];
    const total = sumMoney(chosen.map((a) => money(a.amount)));
    const [registry] = await tx
      .insert(paymentRegistries)
      .values({
        number: `${office!.regionKato}-${officeId.slice(0, 8).toUpperCase()}-${day.replaceAll('-', '')}-${formedToday + 1}`,
        officeId,
        status: 'formed',
        total: formatTenge(total),
        actCount: chosen.length,
        formedBy: actor.userId,
        formedAt: at,
      })
      .returning();
    await tx.insert(paymentRegistryActs).values(chosen.map((a) => ({ registryId: registry!.id, actId: a.id, providerId: a.providerId, amount: a.amount })));
    await writeAudit(tx, { actor: { userId: actor.userId, role: actor.role }, action: 'payments.form_registry', entityType: 'payment_registry', entityId: registry!.id, toState: 'formed', data: { number: registry!.number, total: registry!.total, acts: chosen.map((a) => a.id) } });
    return registry!;
  });
}

