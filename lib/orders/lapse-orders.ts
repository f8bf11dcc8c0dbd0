import { and, eq, inArray, lt, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { iprs, orders } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import { almatyDateOf } from '@/lib/calendar/local-date';
import { returnOrdersAfterEnd } from './return-orders';
import { RETURNABLE_STATUSES } from './rules';

const BATCH = 200;

/**
 * Rights that simply ran out: an IPR whose validity passed (no version of its number covers
 * today) returns its open orders not yet received, as an early end would; a service whose period
 * is over is closed, its hours payable up to then. Each IPR number is one transaction, through
 * the same rule as the events (`returnOrdersAfterEnd`), so a job run twice changes nothing more.
 */
export async function closeOrdersAfterRightsLapse(db: Db, at: Date): Promise<{ returned: number; closed: number }> {
  const today = almatyDateOf(at);
  const lapsed = await db
    .selectDistinct({ recipientId: orders.recipientId, iprNumber: orders.iprNumber })
    .from(orders)
    .where(
      and(
        inArray(orders.status, [...RETURNABLE_STATUSES]),
        sql`not exists (select 1 from ${iprs} v where v.ipr_number = ${orders.iprNumber}
              and v.valid_from <= ${today}::date and v.valid_to >= ${today}::date and (v.ended_on is null or v.ended_on > ${today}::date))`,
      ),
    )
    .limit(BATCH);
  const report = { returned: 0, closed: 0 };
  for (const { recipientId, iprNumber } of lapsed) {
    await db.transaction(async (tx) => {
      // The first day without the right: the day after the last version's end, or today at the latest.
      const [end] = await tx
        .select({ endedOn: sql<string>`least(max(coalesce(${iprs.endedOn}, ${iprs.validTo} + 1)), ${today}::date)::text` })
        .from(iprs)
        .where(eq(iprs.iprNumber, iprNumber));
      const result = await returnOrdersAfterEnd(tx, { recipientId, iprNumber, endedOn: end?.endedOn ?? today, reason: 'ipr_ended' }, at);
      report.returned += result.returned;
      report.closed += result.closed;
    });
  }
  // A service whose period ended while its IPR goes on (the assistant's hours end with the year).
  const finished = await db
    .select({ id: orders.id })
    .from(orders)
    .where(and(eq(orders.status, 'in_fulfilment'), lt(orders.periodTo, today)))
    .limit(BATCH);
  for (const { id } of finished) {
    await db.transaction(async (tx) => {
      const [closed] = await tx
        .update(orders)
        .set({ status: 'closed', statusChangedAt: at })
        .where(and(eq(orders.id, id), eq(orders.status, 'in_fulfilment'), lt(orders.periodTo, today)))
        .returning({ periodTo: orders.periodTo });
      if (!closed) return;
      await writeAudit(tx, { actor: null, action: 'order.close_period_over', entityType: 'order', entityId: id, fromState: 'in_fulfilment', toState: 'closed', data: { periodTo: closed.periodTo } });
      report.closed++;
    });
  }
  return report;
}
