import { eq, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { users } from '@/db/schema';
import type { LocalDate } from '@/lib/calendar/local-date';
import { cancelPendingNotifications } from '@/lib/notifications/outbox';
import { returnOrdersAfterEnd } from '@/lib/orders/return-orders';

export interface EntitlementsEnded {
  recipientId: string;
  /** Set for an IPR's early end: only its orders are affected. */
  iprNumber: string | null;
  /** The first day without the right. */
  endedOn: LocalDate;
  reason: 'death' | 'departure' | 'ipr_ended';
}

/**
 * What follows when rights end, run in the event's own transaction so the end and its effects
 * commit together: pending messages to a person who died or left are cancelled, then orders not
 * yet received are returned (and their notices written); journals refuse entries from `endedOn`
 * because entitlement is read by date.
 */
export async function onEntitlementsEnded(tx: Tx, event: EntitlementsEnded, at: Date): Promise<{ cancelledNotifications: number; ordersReturned: number; ordersClosed: number }> {
  let cancelledNotifications = 0;
  if (event.reason !== 'ipr_ended') cancelledNotifications = await cancelPendingNotifications(tx, event.recipientId);
  const orders = await returnOrdersAfterEnd(tx, event, at);
  if (event.reason === 'death') {
    // Nobody signs in as a person who has died; any session they had ends now.
    await tx
      .update(users)
      .set({ status: 'disabled', sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.recipientId, event.recipientId));
  }
  return { cancelledNotifications, ordersReturned: orders.returned, ordersClosed: orders.closed };
}
