import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { catalogItems, orders, type ClassifierCategory } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import { addDays, type LocalDate } from '@/lib/calendar/local-date';
import { notifyOrderEvent } from './order-notices';
import { RETURNABLE_STATUSES, STOCK_TAKEN_STATUSES, fulfilmentKindOf } from './rules';

export interface EndedRights {
  recipientId: string;
  /** Only this IPR's orders (an early end); all the recipient's orders on death or departure. */
  iprNumber: string | null;
  endedOn: LocalDate;
  reason: 'death' | 'departure' | 'ipr_ended';
}

/**
 * Rights ended before the goods or the service were received: open orders are returned (nothing
 * for them can be reimbursed) and stock taken on acceptance goes back to the provider. A service
 * already being rendered is closed instead, its period ending the day before the rights did, so
 * the hours rendered until then stay payable. Both sides are told. Runs in the event's transaction.
 */
export async function returnOrdersAfterEnd(tx: Tx, ended: EndedRights, at: Date): Promise<{ returned: number; closed: number }> {
  const open = await tx
    .select()
    .from(orders)
    .where(and(eq(orders.recipientId, ended.recipientId), inArray(orders.status, [...RETURNABLE_STATUSES]), ended.iprNumber ? eq(orders.iprNumber, ended.iprNumber) : undefined))
    // In id order, as the month-end batch locks orders: two lockers of the same orders never deadlock.
    .orderBy(asc(orders.id))
    .for('update');
  let returned = 0;
  let closed = 0;
  const lastDay = addDays(ended.endedOn, -1);
  for (const order of open) {
    const rendering = order.status === 'in_fulfilment' && fulfilmentKindOf(order.category as ClassifierCategory) === 'hours';
    const to = rendering ? 'closed' : 'returned';
    const [changed] = await tx
      .update(orders)
      .set(
        rendering
          ? { status: 'closed', statusChangedAt: at, periodTo: order.periodTo && order.periodTo < lastDay ? order.periodTo : lastDay }
          : { status: 'returned', statusChangedAt: at, returnReason: ended.reason },
      )
      .where(and(eq(orders.id, order.id), eq(orders.status, order.status)))
      .returning();
    if (!changed) continue;
    if (!rendering && STOCK_TAKEN_STATUSES.includes(order.status) && fulfilmentKindOf(order.category as ClassifierCategory) === 'goods') {
      await tx.update(catalogItems).set({ stock: sql`coalesce(${catalogItems.stock}, 0) + ${order.quantity}` }).where(eq(catalogItems.id, order.catalogItemId));
    }
    await writeAudit(tx, {
      actor: null,
      action: rendering ? 'order.close_after_end' : 'order.return',
      entityType: 'order',
      entityId: order.id,
      fromState: order.status,
      toState: to,
      reason: ended.reason,
      data: { endedOn: ended.endedOn, iprNumber: ended.iprNumber },
    });
    // The provider and the recipient are told; a draft was never seen by the provider.
    await notifyOrderEvent(tx, changed, 'order_returned', order.status === 'draft' ? ['recipient'] : ['recipient', 'provider'], at, { reason: ended.reason });
    if (rendering) closed++;
    else returned++;
  }
  return { returned, closed };
}
