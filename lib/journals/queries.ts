import { and, asc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import { addMonths } from '@/lib/calendar/local-date';
import type { Db } from '@/db/client';
import { journalEntries, orders } from '@/db/schema';
import { assertPermission, type Actor } from '@/lib/auth/actor';
import { ordersVisibleTo } from '@/lib/orders/access';

/**
 * Who sees which journal entries: a provider's staff those of their provider; everyone else (the
 * recipient and their representatives, the district office, administrators) those of the orders
 * they may see. The condition rides in every query, so an id proves nothing.
 */
function entriesVisibleTo(actor: Actor): SQL {
  if (actor.role === 'provider_worker' || actor.role === 'provider_admin') return actor.providerId ? eq(journalEntries.providerId, actor.providerId) : sql`false`;
  return sql`exists (select 1 from ${orders} where ${orders.id} = ${journalEntries.orderId} and ${ordersVisibleTo(actor)})`;
}

/** An order's entries in a month ("2026-11"), in date and time order. */
export async function listJournalEntries(db: Db, actor: Actor, query: { orderId: string; month: string }) {
  assertPermission(actor, 'journal.read');
  const from = `${query.month}-01`;
  const next = addMonths(from, 1);
  return db
    .select()
    .from(journalEntries)
    .where(and(eq(journalEntries.orderId, query.orderId), gte(journalEntries.serviceDate, from), lt(journalEntries.serviceDate, next), entriesVisibleTo(actor)))
    .orderBy(asc(journalEntries.serviceDate), asc(journalEntries.startMinute), asc(journalEntries.createdAt));
}
