import 'server-only';
import { and, eq, gte, lte, ne } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { acts, orders, type OrderRow } from '@/db/schema';
import { assertPermission, type Actor } from '@/lib/auth/actor';
import { addDays, addMonths, almatyDateOf, type LocalDate } from '@/lib/calendar/local-date';
import { ordersVisibleTo } from '@/lib/orders/access';
import { journalBalances, journalDays } from './balances';
import type { JournalService } from './rules';

/** Why a day of the month grid cannot take an entry (the same rules recordJournalEntry applies, read ahead for the screen). */
export type JournalDayBlock = 'future' | 'before_acceptance' | 'outside_period' | 'frozen' | 'not_entitled';

export interface JournalMonthDay {
  date: LocalDate;
  blocked: JournalDayBlock | null;
  /** Minutes recorded that day for the recipient across all providers (0 for blocked days). */
  used: number;
  /** The day's cap for the assistant (8 hours, or what the IPR grants); null for sign language. */
  cap: number | null;
}

export interface JournalMonthGrid {
  days: JournalMonthDay[];
  /** Sign language: what is left of the year's cap (across providers) before anything is typed; null for the assistant. */
  yearRemaining: number | null;
  yearCap: number | null;
}

/** The days of a month, "2026-11" → 2026-11-01 … 2026-11-30. */
export function daysOfMonth(month: string): LocalDate[] {
  const first = `${month}-01`;
  const next = addMonths(first, 1);
  const days: LocalDate[] = [];
  for (let day = first; day < next; day = addDays(day, 1)) days.push(day);
  return days;
}

/** Periods of the order's acts that freeze its entries (any act not returned), overlapping the month. */
async function frozenPeriods(db: Db, actor: Actor, orderId: string, from: LocalDate, to: LocalDate) {
  return db
    .select({ from: acts.periodFrom, to: acts.periodTo })
    .from(acts)
    .innerJoin(orders, eq(orders.id, acts.orderId))
    .where(and(eq(acts.orderId, orderId), ne(acts.status, 'returned'), lte(acts.periodFrom, to), gte(acts.periodTo, from), ordersVisibleTo(actor)));
}

/**
 * A month of an order's journal as the grid shows it: per day whether an entry may be made (and
 * if not, why), what the recipient has used that day across providers and the day's cap; for sign
 * language the year's remaining allowance. The domain checks everything again when the grid is
 * saved; this only lets the screen say it first.
 */
export async function journalMonthGrid(db: Db, actor: Actor, order: OrderRow, month: string, at: Date): Promise<JournalMonthGrid> {
  assertPermission(actor, 'journal.read');
  const service = order.category as JournalService;
  const days = daysOfMonth(month);
  const today = almatyDateOf(at);
  const accepted = order.decidedAt ? almatyDateOf(order.decidedAt) : null;
  const frozen = await frozenPeriods(db, actor, order.id, days[0]!, days.at(-1)!);
  const blockOf = (date: LocalDate): JournalDayBlock | null => {
    if (date > today) return 'future';
    if (accepted && date < accepted) return 'before_acceptance';
    if ((order.periodFrom && date < order.periodFrom) || (order.periodTo && date > order.periodTo)) return 'outside_period';
    if (frozen.some((p) => p.from <= date && date <= p.to)) return 'frozen';
    return null;
  };
  // One read for the whole month: what each day has used and what the IPR grants that day.
  const perDay = await journalDays(db, order.recipientId, service, days[0]!, days.at(-1)!);
  const out = perDay.map(({ date, used, granted }): JournalMonthDay => {
    const block = blockOf(date);
    if (block !== null) return { date, blocked: block, used: 0, cap: null };
    if (granted === 0) return { date, blocked: 'not_entitled', used: 0, cap: null };
    return { date, blocked: null, used, cap: service === 'assistant' ? granted : null };
  });
  if (service !== 'sign_language') return { days: out, yearRemaining: null, yearCap: null };
  const lastOpen = out.filter((d) => d.blocked === null).at(-1);
  if (!lastOpen) return { days: out, yearRemaining: 0, yearCap: null };
  const { year } = await journalBalances(db, order.recipientId, service, lastOpen.date);
  return { days: out, yearRemaining: year.remaining, yearCap: year.cap };
}
