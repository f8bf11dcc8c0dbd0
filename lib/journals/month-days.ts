import 'server-only';
import type { Db } from '@/db/client';
import type { OrderRow } from '@/db/schema';
import { assertPermission, type Actor } from '@/lib/auth/actor';
import { addDays, addMonths, almatyDateOf, type LocalDate } from '@/lib/calendar/local-date';
import { journalBalances, journalDays } from './balances';
import { frozenOn, frozenPeriods } from './freeze';
import { orderDayRefusal, type JournalService, type OrderDayRule } from './rules';

/** Why a day of the month grid cannot take an entry (the same rules recordJournalEntry applies, read ahead for the screen). */
export type JournalDayBlock = OrderDayRule | 'frozen' | 'not_entitled';

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
  const dayRules = { acceptedOn: order.decidedAt ? almatyDateOf(order.decidedAt) : null, periodFrom: order.periodFrom, periodTo: order.periodTo };
  const frozen = await frozenPeriods(db, order.id, days[0]!, days.at(-1)!);
  const blockOf = (date: LocalDate): JournalDayBlock | null => orderDayRefusal(dayRules, date, today) ?? (frozenOn(frozen, date) ? 'frozen' : null);
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
