import { and, eq, isNull } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { orders, type ClassifierCategory, type OrderRow } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import { assertPermission, type Actor } from '@/lib/auth/actor';
import { almatyDateOf } from '@/lib/calendar/local-date';
import { now } from '@/lib/clock';
import { createDocumentVersion } from '@/lib/documents/create-document';
import { AppError } from '@/lib/errors';
import { actsForRecipient } from './access';
import { ORDER_DOCUMENT_KINDS, receiptContent } from './order-documents';
import { notifyOrderEvent } from './order-notices';
import { loadOrderParties } from './order-parties';
import { findOrderForActor } from './queries';
import { fulfilmentKindOf } from './rules';
import { lockOrder, transitionOrder } from './transition';

/** Both parties signed the contract: the order is in fulfilment. */
export async function concludeSignedContract(tx: Tx, orderId: string, signer: Actor, at: Date) {
  const order = await lockOrder(tx, orderId);
  if (order.status !== 'accepted') throw new AppError('conflict', { detailKey: 'errors.order.changed_meanwhile' });
  const running = await transitionOrder(tx, order, 'in_fulfilment', at, {}, {
    actor: { userId: signer.userId, role: signer.role },
    onBehalfOfRecipientId: signer.role === 'representative' ? order.recipientId : null,
    action: 'order.contract_concluded',
  });
  await notifyOrderEvent(tx, running, 'order_contract_signed', ['recipient', 'provider'], at);
  return running;
}

/**
 * The provider hands the goods over: shipped (delivery) or ready for pickup. Once per order,
 * as one conditional UPDATE; the recipient is told.
 */
export async function markFulfilmentStep(db: Db, actor: Actor, orderId: string, step: 'shipped' | 'ready_for_pickup') {
  assertPermission(actor, 'orders.decide');
  const order = await findOrderForActor(db, actor, orderId);
  if (!order) throw new AppError('not_found', { detailKey: 'errors.not_found.order' });
  if (fulfilmentKindOf(order.category as ClassifierCategory) !== 'goods') throw new AppError('rule_violation', { detailKey: 'errors.order.step_for_goods_only' });
  if ((step === 'shipped') !== (order.delivery === 'delivery')) throw new AppError('rule_violation', { detailKey: `errors.order.step_mismatch_${order.delivery ?? 'none'}` });
  const at = now();
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(orders)
      .set({ fulfilmentStep: step })
      .where(and(eq(orders.id, order.id), eq(orders.status, 'in_fulfilment'), isNull(orders.fulfilmentStep)))
      .returning();
    if (!updated) throw new AppError('conflict', { detailKey: order.status === 'in_fulfilment' ? 'errors.order.step_already_marked' : 'errors.order.not_in_fulfilment' });
    await writeAudit(tx, { actor: { userId: actor.userId, role: actor.role }, action: `order.${step}`, entityType: 'order', entityId: order.id, fromState: 'in_fulfilment', toState: 'in_fulfilment', data: { step } });
    await notifyOrderEvent(tx, updated, step === 'shipped' ? 'order_shipped' : 'order_ready_for_pickup', ['recipient'], at);
    return updated;
  });
}

function assertReceivable(order: OrderRow) {
  if (order.status !== 'in_fulfilment') throw new AppError('conflict', { detailKey: 'errors.order.not_in_fulfilment' });
  const kind = fulfilmentKindOf(order.category as ClassifierCategory);
  if (kind === 'hours') throw new AppError('rule_violation', { detailKey: 'errors.order.receipt_not_for_hours' });
  if (kind === 'goods' && !order.fulfilmentStep) throw new AppError('conflict', { detailKey: 'errors.order.not_handed_over' });
}

/**
 * The recipient confirms receipt: the acceptance certificate is prepared for them (or their
 * representative) to sign; the order is delivered when it is signed.
 */
export async function prepareReceipt(db: Db, actor: Actor, orderId: string) {
  assertPermission(actor, 'orders.receive');
  if (!actsForRecipient(actor) || !actor.iin) throw new AppError('forbidden');
  const order = await findOrderForActor(db, actor, orderId);
  if (!order) throw new AppError('not_found', { detailKey: 'errors.not_found.order' });
  assertReceivable(order);
  const at = now();
  return db.transaction(async (tx) => {
    const locked = await lockOrder(tx, order.id);
    assertReceivable(locked);
    const parties = await loadOrderParties(tx, locked, { name: actor.name, iin: actor.iin! });
    return createDocumentVersion(tx, { userId: actor.userId, role: actor.role }, {
      kind: ORDER_DOCUMENT_KINDS.receipt,
      subjectType: 'order',
      subjectId: locked.id,
      content: receiptContent(locked, parties, almatyDateOf(at)),
      requiredSigners: [{ userId: actor.userId, iin: actor.iin! }],
    });
  });
}

/** The acceptance certificate is signed: the goods (or the stay) are received. */
export async function applySignedReceipt(tx: Tx, orderId: string, signer: Actor, at: Date) {
  const order = await lockOrder(tx, orderId);
  assertReceivable(order);
  const delivered = await transitionOrder(tx, order, 'delivered', at, {}, {
    actor: { userId: signer.userId, role: signer.role },
    onBehalfOfRecipientId: signer.role === 'representative' ? order.recipientId : null,
    action: 'order.receive',
  });
  await notifyOrderEvent(tx, delivered, 'order_received', ['provider'], at);
  return delivered;
}
