import { eq, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { users } from '@/db/schema';
import type { LocalDate } from '@/lib/calendar/local-date';
import { cancelPendingNotifications } from '@/lib/notifications/outbox';

export interface EntitlementsEnded {
  recipientId: string;
  /** The first day without the right. */
  endedOn: LocalDate;
  reason: 'death' | 'departure' | 'ipr_ended';
}

/**
 * What follows when rights end, run in the event's own transaction so the end and its effects
 * commit together. Orders not yet received are returned here once orders exist (issue 6);
 * journals already refuse entries from `endedOn` because entitlement is read by date.
 */
export async function onEntitlementsEnded(tx: Tx, event: EntitlementsEnded): Promise<{ cancelledNotifications: number }> {
  let cancelledNotifications = 0;
  if (event.reason !== 'ipr_ended') cancelledNotifications = await cancelPendingNotifications(tx, event.recipientId);
  if (event.reason === 'death') {
    // Nobody signs in as a person who has died; any session they had ends now.
    await tx
      .update(users)
      .set({ status: 'disabled', sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.recipientId, event.recipientId));
  }
  return { cancelledNotifications };
}
