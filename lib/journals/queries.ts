import { and, asc, desc, eq, gte, inArray, isNull, lt, sql, type SQL } from 'drizzle-orm';
import { addMonths } from '@/lib/calendar/local-date';
import type { Db } from '@/db/client';
import { journalEntries, orders, recipients, users } from '@/db/schema';
import { assertPermission, type Actor } from '@/lib/auth/actor';
import { ordersVisibleTo } from '@/lib/orders/access';
import { entryFrozen } from './freeze';

/**
 * Who sees which journal entries: those of the orders they may see (the provider's staff, the
 * recipient and their representatives, the district office, administrators). The condition rides
 * in every query, so an id proves nothing.
 */
function entriesVisibleTo(actor: Actor): SQL {
  return sql`exists (select 1 from ${orders} where ${orders.id} = ${journalEntries.orderId} and ${ordersVisibleTo(actor)})`;
}

/** An order's live entries in a month ("2026-11"), in date and time order, with who served and whether an act froze them. */
export async function listJournalEntries(db: Db, actor: Actor, query: { orderId: string; month: string }) {
  assertPermission(actor, 'journal.read');
  const from = `${query.month}-01`;
  const next = addMonths(from, 1);
  return db
    .select({ entry: journalEntries, workerName: users.fullName, frozen: entryFrozen })
    .from(journalEntries)
    .innerJoin(users, eq(users.id, journalEntries.workerUserId))
    .where(and(eq(journalEntries.orderId, query.orderId), gte(journalEntries.serviceDate, from), lt(journalEntries.serviceDate, next), isNull(journalEntries.deletedAt), entriesVisibleTo(actor)))
    .orderBy(asc(journalEntries.serviceDate), asc(journalEntries.startMinute), asc(journalEntries.createdAt));
}

/** Service orders whose journal the actor may see and that can hold entries (in fulfilment, or closed with its period over). */
export async function listJournalOrders(db: Db, actor: Actor) {
  assertPermission(actor, 'journal.read');
  return db
    .select({
      id: orders.id,
      number: orders.number,
      category: orders.category,
      status: orders.status,
      periodFrom: orders.periodFrom,
      periodTo: orders.periodTo,
      recipientId: orders.recipientId,
      recipientName: recipients.fullName,
      recipientIin: recipients.iin,
    })
    .from(orders)
    .innerJoin(recipients, eq(recipients.id, orders.recipientId))
    .where(and(inArray(orders.category, ['assistant', 'sign_language']), inArray(orders.status, ['in_fulfilment', 'closed']), ordersVisibleTo(actor)))
    .orderBy(asc(orders.status), desc(orders.periodTo), asc(recipients.fullName))
    .limit(500);
}

/** One service order, for its journal page; null when the actor may not see it. */
export async function findJournalOrder(db: Db, actor: Actor, orderId: string) {
  assertPermission(actor, 'journal.read');
  const [order] = await db
    .select({ order: orders, recipientName: recipients.fullName, recipientIin: recipients.iin })
    .from(orders)
    .innerJoin(recipients, eq(recipients.id, orders.recipientId))
    .where(and(eq(orders.id, orderId), inArray(orders.category, ['assistant', 'sign_language']), inArray(orders.status, ['in_fulfilment', 'closed']), ordersVisibleTo(actor)));
  return order ?? null;
}
