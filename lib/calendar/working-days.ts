import { addDays, almatyDateOf, endOfAlmatyDay, isWeekend, type LocalDate } from './local-date';

export interface WorkingCalendar {
  isWorkingDay(date: LocalDate): boolean;
  /** The Nth working day after `date`; `date` itself is never counted. */
  addWorkingDays(date: LocalDate, n: number): LocalDate;
  /** "Within N working days of arrival": end (23:59:59, Almaty) of the Nth working day after arrival. */
  workingDayDeadline(arrival: Date, n: number): Date;
  /** The same counted in calendar days, for categories whose term is set so. */
  calendarDayDeadline(arrival: Date, n: number): Date;
  /** Working days from `from` to `to`, both included. */
  countWorkingDays(from: LocalDate, to: LocalDate): number;
}

function assertPositiveInteger(n: number) {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`term must be a whole number of days ≥ 1, got ${n}`);
}

/** A calendar over the exceptions table: a date without a row follows the Monday–Friday week. */
export function createWorkingCalendar(days: { date: LocalDate; kind: 'holiday' | 'day_off' | 'working_day' }[]): WorkingCalendar {
  const kinds = new Map(days.map((d) => [d.date, d.kind]));
  const isWorkingDay = (date: LocalDate) => {
    const kind = kinds.get(date);
    if (kind) return kind === 'working_day';
    return !isWeekend(date);
  };
  const addWorkingDays = (date: LocalDate, n: number) => {
    assertPositiveInteger(n);
    let current = date;
    let counted = 0;
    // Bounded: no real calendar has more than a few hundred consecutive days off.
    for (let step = 0; step < n * 7 + 400; step++) {
      current = addDays(current, 1);
      if (isWorkingDay(current) && ++counted === n) return current;
    }
    throw new RangeError(`no ${n} working days found after ${date}`);
  };
  return {
    isWorkingDay,
    addWorkingDays,
    workingDayDeadline: (arrival, n) => endOfAlmatyDay(addWorkingDays(almatyDateOf(arrival), n)),
    calendarDayDeadline: (arrival, n) => {
      assertPositiveInteger(n);
      return endOfAlmatyDay(addDays(almatyDateOf(arrival), n));
    },
    countWorkingDays: (from, to) => {
      let count = 0;
      for (let d = from; d <= to; d = addDays(d, 1)) if (isWorkingDay(d)) count++;
      return count;
    },
  };
}
