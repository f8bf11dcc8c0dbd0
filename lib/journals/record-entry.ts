import { and, eq, isNotNull, sql } from 'drizzle-orm';
import { rowsOf, type Db, type Tx } from '@/db/client';
import { journalDayTotals, journalEntries, journalYearTotals, orders, providerWorkers, type OrderRow } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import { assertPermission, type Actor } from '@/lib/auth/actor';
import { almatyDateOf, type LocalDate } from '@/lib/calendar/local-date';
import { entitlementsOn } from '@/lib/entitlements/queries';
import { AppError } from '@/lib/errors';
import { ASSISTANT_DAY_CAP_MINUTES, SIGN_LANGUAGE_YEAR_CAP_MINUTES, entryMinutes, rangesOverlap, type JournalService } from './rules';
import type { JournalEntryInput } from './schemas';

function refuse(rule: string, field: string, values: Record<string, string | number> = {}): never {
  throw new AppError('rule_violation', { detailKey: `errors.journal.${rule}`, values, fieldErrors: [{ field, message: `validation.journal.${rule}`, values }] });
}

/** Who may write in an order's journal: its provider's administrator, or its worker of that service. */
async function assertMayRecord(tx: Tx, actor: Actor, order: OrderRow, service: JournalService) {
  if (actor.providerId !== order.providerId) throw new AppError('not_found', { detailKey: 'errors.not_found.order' });
  if (actor.role === 'provider_admin') return;
  const [worker] = await tx
    .select({ specialty: providerWorkers.specialty })
    .from(providerWorkers)
    .where(and(eq(providerWorkers.userId, actor.userId), eq(providerWorkers.providerId, order.providerId), sql`${providerWorkers.removedAt} IS NULL`));
  if (!worker) throw new AppError('forbidden');
  if (worker.specialty !== service) refuse('not_your_service', 'orderId');
}

/**
 * Records time served under an accepted service order. Every limit is checked in one
 * transaction: the date (not in the future, not before the order was accepted, within the
 * order's period and the IPR's rights that day, so not after a death, departure or early end),
 * the IPR's granted hours, and the caps across all providers: 8 hours a day for the assistant
 * (no overlapping times either), 60 hours a year for sign language. The caps are counter rows
 * raised by INSERT … ON CONFLICT DO UPDATE … WHERE total + minutes <= cap (R5): concurrent
 * entries for the same recipient and day (or year) wait on that row, and a CHECK backs it.
 */
export async function recordJournalEntry(db: Db, actor: Actor, input: JournalEntryInput, at: Date) {
  assertPermission(actor, 'journal.record');
  const minutes = entryMinutes(input);
  const today = almatyDateOf(at);
  return db.transaction(async (tx) => {
    const [order] = await tx.select().from(orders).where(eq(orders.id, input.orderId));
    if (!order) throw new AppError('not_found', { detailKey: 'errors.not_found.order' });
    const service = order.category === 'assistant' || order.category === 'sign_language' ? (order.category as JournalService) : null;
    if (!service) refuse('not_a_service', 'orderId');
    await assertMayRecord(tx, actor, order, service);
    if (order.status !== 'in_fulfilment' && order.status !== 'closed') refuse('order_not_running', 'orderId');
    if (service === 'sign_language' && !input.mode) refuse('mode_required', 'mode');
    if (service === 'assistant' && input.mode) refuse('mode_for_sign_language', 'mode');

    const date: LocalDate = input.date;
    if (date > today) refuse('future', 'date');
    if (order.decidedAt && date < almatyDateOf(order.decidedAt)) refuse('before_acceptance', 'date', { date: almatyDateOf(order.decidedAt) });
    if ((order.periodFrom && date < order.periodFrom) || (order.periodTo && date > order.periodTo)) refuse('outside_period', 'date', { from: order.periodFrom ?? '', to: order.periodTo ?? '' });
    const measure = (await entitlementsOn(tx, order.recipientId, date)).find((m) => m.code === order.classifierCode);
    if (!measure) refuse('not_entitled_on_date', 'date', { date });

    if (service === 'assistant') {
      const granted = Math.min(ASSISTANT_DAY_CAP_MINUTES, (measure.hoursPerDay ?? 8) * 60);
      const total = await raiseTotal(tx, sql`insert into ${journalDayTotals} (recipient_id, service_date, minutes) values (${order.recipientId}, ${date}::date, ${minutes})
        on conflict (recipient_id, service_date) do update set minutes = ${journalDayTotals}.minutes + excluded.minutes
        where ${journalDayTotals}.minutes + excluded.minutes <= ${granted}
        returning minutes`, minutes, granted);
      if (total === null) {
        const used = await currentTotal(tx, sql`select minutes from ${journalDayTotals} where recipient_id = ${order.recipientId} and service_date = ${date}::date`);
        refuse('day_cap', 'minutes', { left: Math.max(0, granted - used), cap: granted, date });
      }
      // The day's row is locked now: overlapping times are checked against everything committed.
      if (input.start !== undefined && input.end !== undefined) {
        const ranges = await tx
          .select({ start: journalEntries.startMinute, end: journalEntries.endMinute })
          .from(journalEntries)
          .where(and(eq(journalEntries.recipientId, order.recipientId), eq(journalEntries.serviceDate, date), isNotNull(journalEntries.startMinute)));
        if (ranges.some((r) => rangesOverlap({ start: input.start!, end: input.end! }, { start: r.start!, end: r.end! }))) refuse('overlap', 'start');
      }
    } else {
      const granted = Math.min(SIGN_LANGUAGE_YEAR_CAP_MINUTES, (measure.hoursPerYear ?? 60) * 60);
      const year = Number(date.slice(0, 4));
      const total = await raiseTotal(tx, sql`insert into ${journalYearTotals} (recipient_id, year, minutes) values (${order.recipientId}, ${year}, ${minutes})
        on conflict (recipient_id, year) do update set minutes = ${journalYearTotals}.minutes + excluded.minutes
        where ${journalYearTotals}.minutes + excluded.minutes <= ${granted}
        returning minutes`, minutes, granted);
      if (total === null) {
        const used = await currentTotal(tx, sql`select minutes from ${journalYearTotals} where recipient_id = ${order.recipientId} and year = ${year}`);
        refuse('year_cap', 'minutes', { left: Math.max(0, granted - used), cap: granted, year });
      }
    }

    const [entry] = await tx
      .insert(journalEntries)
      .values({
        orderId: order.id,
        recipientId: order.recipientId,
        providerId: order.providerId,
        workerUserId: actor.userId,
        service,
        serviceDate: date,
        startMinute: input.start ?? null,
        endMinute: input.end ?? null,
        minutes,
        places: service === 'assistant' ? (input.places ?? null) : null,
        mode: service === 'sign_language' ? input.mode! : null,
        createdBy: actor.userId,
        createdAt: at,
      })
      .returning();
    await writeAudit(tx, {
      actor: { userId: actor.userId, role: actor.role },
      action: 'journal.record',
      entityType: 'journal_entry',
      entityId: entry!.id,
      data: { orderId: order.id, service, date, minutes, start: input.start ?? null, end: input.end ?? null },
    });
    return entry!;
  });
}

/** Raises a counter row if it stays within the cap; null when it would not (the row is then locked, unchanged). */
async function raiseTotal(tx: Tx, statement: ReturnType<typeof sql>, minutes: number, cap: number): Promise<number | null> {
  if (minutes > cap) return null;
  const [row] = rowsOf<{ minutes: number }>(await tx.execute(statement));
  return row ? Number(row.minutes) : null;
}

async function currentTotal(tx: Tx, statement: ReturnType<typeof sql>): Promise<number> {
  const [row] = rowsOf<{ minutes: number }>(await tx.execute(statement));
  return row ? Number(row.minutes) : 0;
}
