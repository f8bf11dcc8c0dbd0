import { and, asc, eq, isNull, lt } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { orders } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import { notifyOrderEvent } from './order-notices';

/** Orders handled per run; the job runs every minute, so a backlog drains quickly. */
const BATCH = 200;

export interface DeadlineReport {
  expired: number;
  flagged: number;
}

/**
 * The decision deadline passed (the last second of its day is over) with no decision: in categories set to expire, the order expires
 * and the recipient may choose another provider; in those set only to flag, it is marked overdue.
 * The recipient, the provider and the district office are told. Each order is one conditional
 * UPDATE in its own transaction (R7, R20), so a decision signed at the same moment and a second
 * job instance are both safe: whichever comes second changes nothing.
 */
export async function closeOrdersPastDeadline(db: Db, at: Date): Promise<DeadlineReport> {
  const due = await db
    .select({ id: orders.id, onExpiry: orders.onExpiry })
    .from(orders)
    .where(and(eq(orders.status, 'submitted'), lt(orders.deadlineAt, at), isNull(orders.overdueAt)))
    .orderBy(asc(orders.deadlineAt))
    .limit(BATCH);
  const report: DeadlineReport = { expired: 0, flagged: 0 };
  for (const { id, onExpiry } of due) {
    await db.transaction(async (tx) => {
      const expire = onExpiry !== 'flag_overdue';
      const [changed] = await tx
        .update(orders)
        .set(expire ? { status: 'expired', statusChangedAt: at, overdueAt: at } : { overdueAt: at })
        .where(and(eq(orders.id, id), eq(orders.status, 'submitted'), lt(orders.deadlineAt, at), isNull(orders.overdueAt)))
        .returning();
      if (!changed) return;
      await writeAudit(tx, {
        actor: null,
        action: expire ? 'order.expire' : 'order.flag_overdue',
        entityType: 'order',
        entityId: id,
        fromState: 'submitted',
        toState: expire ? 'expired' : 'submitted',
        data: { deadline: changed.deadlineAt?.toISOString() ?? null },
      });
      await notifyOrderEvent(tx, changed, expire ? 'order_expired' : 'order_overdue', ['recipient', 'provider', 'office'], at);
      if (expire) report.expired++;
      else report.flagged++;
    });
  }
  return report;
}
