import type { CalendarDay } from './holiday-rules';
import { addDays, almatyDateOf, compareDates, endOfAlmatyDay, isLocalDate, isWeekend, type LocalDate } from './local-date';

export interface WorkingCalendar {
  /** A row decides ('working_day' works; 'holiday'/'day_off' do not); without one, Mon–Fri work. */
  isWorkingDay(date: LocalDate): boolean;
  /** The Nth working day after `date`; `date` itself is never counted. */
  addWorkingDays(date: LocalDate, n: number): LocalDate;
  /** "Within N working days of arrival": end (23:59:59, Almaty) of the Nth working day after arrival. */
  workingDayDeadline(arrival: Date, n: number): Date;
  /** The same counted in calendar days, for categories whose term is set so. */
  calendarDayDeadline(arrival: Date, n: number): Date;
  /** Working days from `from` to `to`, both included (0 when `from` is after `to`). */
  countWorkingDays(from: LocalDate, to: LocalDate): number;
}

export type CalendarException = Pick<CalendarDay, 'date' | 'kind'>;

function assertPositiveInteger(n: number): void {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`term must be a whole number of days ≥ 1, got ${n}`);
}

function assertLocalDate(date: LocalDate): void {
  if (!isLocalDate(date)) throw new RangeError(`not a date: ${date}`);
}

/** A calendar over the exceptions table: a date without a row follows the Monday–Friday week. */
export function createWorkingCalendar(days: readonly CalendarException[]): WorkingCalendar {
  const kinds = new Map(days.map((d) => [d.date, d.kind]));

  const isWorkingDay = (date: LocalDate): boolean => {
    const kind = kinds.get(date);
    if (kind) return kind === 'working_day';
    return !isWeekend(date);
  };

  const addWorkingDays = (date: LocalDate, n: number): LocalDate => {
    assertPositiveInteger(n);
    let current = date;
    let counted = 0;
    // Bounded: a bad table (say, a whole year of days off) must fail loudly, not spin.
    const limit = n * 7 + 400;
    for (let step = 0; step < limit; step++) {
      current = addDays(current, 1);
      if (isWorkingDay(current) && ++counted === n) return current;
    }
    throw new RangeError(`no ${n} working days found within ${limit} days after ${date}`);
  };

  const countWorkingDays = (from: LocalDate, to: LocalDate): number => {
    // Validate both ends: an invalid `to` would otherwise never stop the string comparison.
    assertLocalDate(from);
    assertLocalDate(to);
    let count = 0;
    for (let d = from; compareDates(d, to) <= 0; d = addDays(d, 1)) if (isWorkingDay(d)) count++;
    return count;
  };

  return {
    isWorkingDay,
    addWorkingDays,
    // The arrival date is taken in Almaty, so 23:30 local still counts as that day's arrival.
    workingDayDeadline: (arrival, n) => endOfAlmatyDay(addWorkingDays(almatyDateOf(arrival), n)),
    calendarDayDeadline: (arrival, n) => {
      assertPositiveInteger(n);
      return endOfAlmatyDay(addDays(almatyDateOf(arrival), n));
    },
    countWorkingDays,
  };
}
