import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { orders, type OrderRow, type OrderStatus } from '@/db/schema';
import { writeAudit, type AuditEntry } from '@/lib/audit';
import { AppError } from '@/lib/errors';

type OrderChanges = Partial<Omit<typeof orders.$inferInsert, 'id' | 'status'>>;

/**
 * Moves an order from one of the expected states to the next in one conditional UPDATE (R7):
 * if another request changed it first, no row matches and the caller's transaction fails with a
 * conflict instead of acting twice. The audit entry is written in the same transaction.
 */
export async function transitionOrder(
  tx: Tx,
  order: Pick<OrderRow, 'id' | 'status'>,
  to: OrderStatus,
  at: Date,
  changes: OrderChanges,
  audit: Pick<AuditEntry, 'actor' | 'onBehalfOfRecipientId' | 'action' | 'reason' | 'data'>,
): Promise<OrderRow> {
  const [updated] = await tx
    .update(orders)
    .set({ ...changes, status: to, statusChangedAt: at })
    .where(and(eq(orders.id, order.id), inArray(orders.status, [order.status])))
    .returning();
  if (!updated) throw new AppError('conflict', { detailKey: 'errors.order.changed_meanwhile' });
  await writeAudit(tx, { ...audit, entityType: 'order', entityId: order.id, fromState: order.status, toState: to });
  return updated;
}

/** Reads an order under a row lock, so the checks that follow see it as the update will. */
export async function lockOrder(tx: Tx, orderId: string): Promise<OrderRow> {
  const [order] = await tx.select().from(orders).where(eq(orders.id, orderId)).for('update');
  if (!order) throw new AppError('not_found', { detailKey: 'errors.not_found.order' });
  return order;
}
