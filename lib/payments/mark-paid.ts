import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { acts, orders, paymentRegistries, paymentRegistryActs } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import { transitionAct } from '@/lib/acts/transition';
import { assertPermission, type Actor } from '@/lib/auth/actor';
import { AppError } from '@/lib/errors';
import { postLedgerTransaction } from '@/lib/ledger/post-transaction';
import { money } from '@/lib/money';
import { notifyOrderEvent } from '@/lib/orders/order-notices';

/**
 * The treasury paid a registry: in one transaction the registry becomes paid (a conditional
 * UPDATE: marking it twice does nothing twice), each of its acts moves approved → paid, and the
 * ledger posts provider payable → provider paid once per act (R3). Providers are told.
 */
export async function markRegistryPaid(db: Db, actor: Actor, registryId: string, at: Date) {
  assertPermission(actor, 'payments.manage');
  return db.transaction(async (tx) => {
    const [registry] = await tx
      .update(paymentRegistries)
      .set({ status: 'paid', paidBy: actor.userId, paidAt: at })
      .where(and(eq(paymentRegistries.id, registryId), eq(paymentRegistries.officeId, actor.officeId ?? ''), eq(paymentRegistries.status, 'formed')))
      .returning();
    if (!registry) {
      const [existing] = await tx.select({ status: paymentRegistries.status }).from(paymentRegistries).where(and(eq(paymentRegistries.id, registryId), eq(paymentRegistries.officeId, actor.officeId ?? '')));
      if (!existing) throw new AppError('not_found', { detailKey: 'errors.not_found.payment_registry' });
      throw new AppError('conflict', { detailKey: 'errors.payments.already_paid' });
    }
    const items = await tx.select({ act: acts, amount: paymentRegistryActs.amount }).from(paymentRegistryActs).innerJoin(acts, eq(acts.id, paymentRegistryActs.actId)).where(eq(paymentRegistryActs.registryId, registry.id)).for('update', { of: acts });
    for (const { act, amount } of items) {
      const paid = await transitionAct(tx, act, 'paid', at, { actor: { userId: actor.userId, role: actor.role }, action: 'act.paid', data: { registryId: registry.id, registry: registry.number, amount } });
      if (!money(amount).isZero()) {
        const posted = await postLedgerTransaction(tx, {
          kind: 'payment',
          source: { type: 'act', id: act.id },
          period: act.period,
          memo: `${act.number} / ${registry.number}`,
          postings: [
            { account: { kind: 'provider_payable', providerId: act.providerId }, amount: money(amount).negated() },
            { account: { kind: 'provider_paid', providerId: act.providerId }, amount: money(amount) },
          ],
          by: actor.userId,
          at,
        });
        if (!posted) throw new AppError('conflict', { detailKey: 'errors.payments.already_paid' });
      }
      const [order] = await tx.select().from(orders).where(eq(orders.id, paid.orderId));
      await notifyOrderEvent(tx, order!, 'act_paid', ['provider'], at, { act: act.number, amount, registry: registry.number }, { eventKey: `${act.id}:paid` });
    }
    await writeAudit(tx, { actor: { userId: actor.userId, role: actor.role }, action: 'payments.mark_paid', entityType: 'payment_registry', entityId: registry.id, fromState: 'formed', toState: 'paid', data: { number: registry.number, total: registry.total } });
    return registry;
  });
}
