import { and, eq, inArray, lte } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { orders } from '@/db/schema';
import { almatyDateOf, endOfAlmatyDay, type LocalDate } from '@/lib/calendar/local-date';
import { USING_STATUSES } from '@/lib/orders/rules';
import type { Usage } from './balance';

/**
 * What a recipient has used of their entitlements up to `onDate`: goods and sanatorium days in
 * orders placed (submitted, in progress or received), and minutes of service in journals, as
 * `measureBalances` takes them. Hourly services count by their journal (issue 7), not by order.
 */
export async function usageOn(db: Db, recipientId: string, onDate: LocalDate): Promise<Usage> {
  const rows = await db
    .select({ code: orders.classifierCode, category: orders.category, quantity: orders.quantity, status: orders.status, submittedAt: orders.submittedAt })
    .from(orders)
    .where(and(eq(orders.recipientId, recipientId), inArray(orders.status, [...USING_STATUSES]), lte(orders.submittedAt, endOfAlmatyDay(onDate))));
  return {
    items: rows
      .filter((r) => r.category !== 'assistant' && r.category !== 'sign_language')
      .map((r) => ({ code: r.code, on: almatyDateOf(r.submittedAt!), quantity: r.quantity, state: r.status === 'delivered' || r.status === 'closed' ? ('received' as const) : ('ordered' as const) })),
    services: [],
  };
}
