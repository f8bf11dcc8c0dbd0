import { and, asc, gte, lte, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { calendarDays } from '@/db/schema';
import { AppError } from '@/lib/errors';
import { addDays, almatyDateOf } from './local-date';
import { createWorkingCalendar } from './working-days';

export async function listCalendarDays(db: Db, from: string, to: string) {
  return db
    .select()
    .from(calendarDays)
    .where(and(gte(calendarDays.date, from), lte(calendarDays.date, to)))
    .orderBy(asc(calendarDays.date));
}

/** Years that have at least one calendar row: a year without one has not been set up. */
async function configuredYears(db: Db, fromYear: number, toYear: number): Promise<Set<number>> {
  const rows = await db
    .selectDistinct({ year: sql<number>`extract(year from ${calendarDays.date})::int` })
    .from(calendarDays)
    .where(and(gte(calendarDays.date, `${fromYear}-01-01`), lte(calendarDays.date, `${toYear}-12-31`)));
  return new Set(rows.map((r) => Number(r.year)));
}

/**
 * "Within N working days of arrival", read from the calendar table. Refuses to answer for a
 * year whose holidays nobody has entered, rather than silently treating it as ordinary weeks.
 */
export async function computeWorkingDayDeadline(db: Db, arrival: Date, workingDays: number): Promise<Date> {
  const from = almatyDateOf(arrival);
  // Generous window: even the longest holiday run leaves N working days within 3N + 30 days.
  const to = addDays(from, workingDays * 3 + 30);
  const calendar = createWorkingCalendar(await listCalendarDays(db, from, to));
  const deadline = calendar.workingDayDeadline(arrival, workingDays);
  const fromYear = Number(from.slice(0, 4));
  const toYear = Number(almatyDateOf(deadline).slice(0, 4));
  const years = await configuredYears(db, fromYear, toYear);
  for (let year = fromYear; year <= toYear; year++) {
    if (!years.has(year)) {
      throw new AppError('rule_violation', { detailKey: 'errors.calendar_not_configured', values: { year } });
    }
  }
  return deadline;
}
