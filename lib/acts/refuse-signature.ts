import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { documents, orders } from '@/db/schema';
import { assertPermission, type Actor } from '@/lib/auth/actor';
import { AppError } from '@/lib/errors';
import { actsForRecipient } from '@/lib/orders/access';
import { notifyOrderEvent } from '@/lib/orders/order-notices';
import { findActForActor } from './queries';
import { lockAct, transitionAct } from './transition';

/**
 * The recipient (or their representative) refuses to sign an act, saying why: the act returns to
 * the provider (its period is no longer frozen, so entries can be corrected) and its document
 * takes no more signatures. The provider forms the next version.
 */
export async function refuseToSignAct(db: Db, actor: Actor, actId: string, reason: string, at: Date) {
  assertPermission(actor, 'acts.read');
  if (!actsForRecipient(actor)) throw new AppError('forbidden');
  const visible = await findActForActor(db, actor, actId);
  if (!visible) throw new AppError('not_found', { detailKey: 'errors.not_found.act' });
  return db.transaction(async (tx) => {
    const act = await lockAct(tx, actId);
    if (act.status !== 'draft' && act.status !== 'signed_by_provider') throw new AppError('conflict', { detailKey: 'errors.act.not_awaiting_signatures', values: { status: act.status } });
    const returned = await transitionAct(tx, act, 'returned', at, {
      actor: { userId: actor.userId, role: actor.role },
      onBehalfOfRecipientId: actor.role === 'representative' ? act.recipientId : null,
      action: 'act.refuse_signature',
      reason,
    });
    if (act.documentId) await tx.update(documents).set({ status: 'superseded' }).where(and(eq(documents.id, act.documentId), eq(documents.status, 'awaiting_signatures')));
    const [order] = await tx.select().from(orders).where(eq(orders.id, act.orderId));
    await notifyOrderEvent(tx, order!, 'act_refused_by_recipient', ['provider'], at, { act: act.number, reason }, { eventKey: `${act.id}:refused` });
    return returned;
  });
}
