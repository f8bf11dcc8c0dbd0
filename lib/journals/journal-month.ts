import { addDays, addMonths, type LocalDate } from '@/lib/calendar/local-date';
import { journalMonthSchema } from './schemas';


export interface JournalMonth {
  /** "2026-11" */
  month: string;
  previous: string;
  next: string;
  /** The day balances are shown for: today in the current month, else the month's last day (or first, for a later month). */
  onDate: LocalDate;
  /** Whether the next month may still hold entries (it has begun). */
  hasNext: boolean;
}

/** The month a journal page shows: the one asked for (?month=YYYY-MM) if well formed, else the current one. */
export function journalMonth(requested: unknown, today: LocalDate): JournalMonth {
  const current = today.slice(0, 7);
  const parsed = journalMonthSchema.safeParse(Array.isArray(requested) ? requested[0] : requested);
  const month = parsed.success ? parsed.data : current;
  const start = `${month}-01`;
  const onDate = month === current ? today : month < current ? addDays(addMonths(start, 1), -1) : start;
  return { month, previous: addMonths(start, -1).slice(0, 7), next: addMonths(start, 1).slice(0, 7), onDate, hasNext: month < current };
}
