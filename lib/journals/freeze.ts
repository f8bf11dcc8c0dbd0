import { and, eq, gte, lte, ne, sql } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { acts, journalEntries, orders } from '@/db/schema';
import type { LocalDate } from '@/lib/calendar/local-date';

/**
 * An act that is not returned freezes its order's entries for its period (DESIGN §3): they are
 * what the act's signatures cover. Writers of entries hold the order row FOR SHARE, and forming
 * an act takes it FOR UPDATE, so an entry cannot slip into a period while its act is formed.
 */
export async function lockOrderForJournal(tx: Tx, orderId: string) {
  const [order] = await tx.select().from(orders).where(eq(orders.id, orderId)).for('share');
  return order ?? null;
}

/** Periods of an order's acts that freeze its entries (any act not returned) overlapping from–to. */
export async function frozenPeriods(db: Tx | Db, orderId: string, from: LocalDate, to: LocalDate) {
  return db
    .select({ from: acts.periodFrom, to: acts.periodTo })
    .from(acts)
    .where(and(eq(acts.orderId, orderId), ne(acts.status, 'returned'), lte(acts.periodFrom, to), gte(acts.periodTo, from)));
}

/** Whether an entry lies in a period an act freezes: for lists, so screens can say why it cannot change. */
export const entryFrozen = sql<boolean>`exists (select 1 from ${acts} where ${acts.orderId} = ${journalEntries.orderId} and ${acts.status} <> 'returned'
  and ${acts.periodFrom} <= ${journalEntries.serviceDate} and ${acts.periodTo} >= ${journalEntries.serviceDate})`;
