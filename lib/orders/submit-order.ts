import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { recipients, type ClassifierCategory } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { almatyDateOf } from '@/lib/calendar/local-date';
import { decisionTermFor, deadlineFor } from './decision-terms';
import { checkOrderAllowed } from './eligibility';
import { notifyOrderEvent } from './order-notices';
import { lockOrder, transitionOrder } from './transition';
import { AppError } from '@/lib/errors';

/**
 * The recipient's signature on the application arrived: the order is submitted. Every rule is
 * checked again under the recipient's row lock (quantity left, one provider per service, the
 * provider still verified and serving the region), so two applications signed at once cannot
 * both take the last unit. The arrival time starts the decision clock; the deadline and the term
 * are stored on the order. Runs inside the signature's transaction: a refusal here refuses the
 * signature too, and nothing is half-written.
 */
export async function submitSignedApplication(tx: Tx, orderId: string, signer: Actor, at: Date) {
  const order = await lockOrder(tx, orderId);
  if (order.status !== 'draft') throw new AppError('conflict', { detailKey: 'errors.order.already_submitted' });
  await tx.select({ id: recipients.id }).from(recipients).where(eq(recipients.id, order.recipientId)).for('update');
  await checkOrderAllowed(
    tx,
    { recipientId: order.recipientId, catalogItemId: order.catalogItemId, quantity: order.quantity, delivery: order.delivery, address: order.deliveryAddress, excludeOrderId: order.id },
    almatyDateOf(at),
  );
  const term = await decisionTermFor(tx, order.category as ClassifierCategory);
  const deadline = await deadlineFor(tx, at, term);
  const submitted = await transitionOrder(
    tx,
    order,
    'submitted',
    at,
    { submittedAt: at, deadlineAt: deadline, termDays: term.days, termDayKind: term.dayKind, onExpiry: term.onExpiry },
    {
      actor: { userId: signer.userId, role: signer.role },
      onBehalfOfRecipientId: signer.role === 'representative' ? order.recipientId : null,
      action: 'order.submit',
      data: { deadline: deadline.toISOString(), term },
    },
  );
  await notifyOrderEvent(tx, submitted, 'order_arrived', ['provider'], at);
  return submitted;
}
