import { sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Tx } from '@/db/client';
import { journalDayTotals, journalYearTotals } from '@/db/schema';
import type { LocalDate } from '@/lib/calendar/local-date';
import { refuse } from './refuse';
import type { JournalService } from './rules';

/**
 * The counter rows behind the caps (R5): minutes per recipient and day (assistant) and per
 * recipient and year (sign language), across all providers. They are raised by
 * INSERT … ON CONFLICT DO UPDATE … WHERE total + minutes <= cap, so concurrent entries wait on the
 * row and the second sees the first; a CHECK on each table backs it.
 */
export interface CounterKey {
  recipientId: string;
  service: JournalService;
  date: LocalDate;
}

const yearOf = (date: LocalDate) => Number(date.slice(0, 4));

/** What raising a counter takes: values, or placeholders of a statement built once (record-entry.ts). */
export interface CounterRaise {
  recipientId: unknown;
  date: unknown;
  minutes: unknown;
  granted: unknown;
}

/**
 * The statement that raises a service's counter by `minutes` unless that would pass `granted`: it
 * answers the new total, or no row when the cap refuses. A new entry runs it as the first part of
 * the statement that writes the entry (record-entry.ts).
 */
export function raiseCounterSql(service: JournalService, raise: CounterRaise): SQL {
  if (service === 'assistant') {
    return sql`insert into ${journalDayTotals} (recipient_id, service_date, minutes) values (${raise.recipientId}::uuid, ${raise.date}::date, ${raise.minutes}::int)
      on conflict (recipient_id, service_date) do update set minutes = ${journalDayTotals}.minutes + excluded.minutes
      where ${journalDayTotals}.minutes + excluded.minutes <= ${raise.granted}::int returning minutes`;
  }
  return sql`insert into ${journalYearTotals} (recipient_id, year, minutes) values (${raise.recipientId}::uuid, extract(year from ${raise.date}::date)::int, ${raise.minutes}::int)
    on conflict (recipient_id, year) do update set minutes = ${journalYearTotals}.minutes + excluded.minutes
    where ${journalYearTotals}.minutes + excluded.minutes <= ${raise.granted}::int returning minutes`;
}

/** Adds minutes within the granted cap, or refuses naming the day (or year) and what is left. */
export async function addToTotals(tx: Tx, key: CounterKey, minutes: number, granted: number) {
  if (minutes > granted || (await single(tx, raiseCounterSql(key.service, { recipientId: key.recipientId, date: key.date, minutes, granted }))) === null) {
    await refuseOverCap(tx, key, granted);
  }
}

/** Refuses an entry the cap does not leave room for, naming the day (or year) and the minutes left. */
export async function refuseOverCap(tx: Tx, key: CounterKey, granted: number): Promise<never> {
  if (key.service === 'assistant') {
    const used = (await single(tx, sql`select minutes from ${journalDayTotals} where recipient_id = ${key.recipientId} and service_date = ${key.date}::date`)) ?? 0;
    refuse('day_cap', 'minutes', { left: Math.max(0, granted - used), cap: granted, date: key.date });
  }
  const year = yearOf(key.date);
  const used = (await single(tx, sql`select minutes from ${journalYearTotals} where recipient_id = ${key.recipientId} and year = ${year}`)) ?? 0;
  refuse('year_cap', 'minutes', { left: Math.max(0, granted - used), cap: granted, year, date: key.date });
}

/** Takes an entry's minutes back out (a correction or deletion); the row is already locked by the caller. */
export async function removeFromTotals(tx: Tx, key: CounterKey, minutes: number) {
  if (key.service === 'assistant') {
    await tx.execute(sql`update ${journalDayTotals} set minutes = minutes - ${minutes} where recipient_id = ${key.recipientId} and service_date = ${key.date}::date`);
  } else {
    await tx.execute(sql`update ${journalYearTotals} set minutes = minutes - ${minutes} where recipient_id = ${key.recipientId} and year = ${yearOf(key.date)}`);
  }
}

/**
 * Locks the counter rows a correction touches, in key order, so two corrections moving entries
 * between the same two days (or years) in opposite directions cannot deadlock. Rows that do not
 * exist yet are created at zero first.
 */
export async function lockTotals(tx: Tx, keys: readonly CounterKey[]) {
  const { recipientId, service } = keys[0]!;
  if (service === 'assistant') {
    const dates = [...new Set(keys.map((k) => k.date))].sort();
    for (const date of dates) await tx.execute(sql`insert into ${journalDayTotals} (recipient_id, service_date, minutes) values (${recipientId}, ${date}::date, 0) on conflict do nothing`);
    await tx.execute(sql`select 1 from ${journalDayTotals} where recipient_id = ${recipientId} and service_date in (${sql.join(dates.map((d) => sql`${d}::date`), sql`, `)}) order by service_date for update`);
  } else {
    const years = [...new Set(keys.map((k) => yearOf(k.date)))].sort();
    for (const year of years) await tx.execute(sql`insert into ${journalYearTotals} (recipient_id, year, minutes) values (${recipientId}, ${year}, 0) on conflict do nothing`);
    await tx.execute(sql`select 1 from ${journalYearTotals} where recipient_id = ${recipientId} and year in (${sql.join(years.map((y) => sql`${y}`), sql`, `)}) order by year for update`);
  }
}

async function single(tx: Tx, statement: SQL): Promise<number | null> {
  const [row] = rowsOf<{ minutes: number }>(await tx.execute(statement));
  return row ? Number(row.minutes) : null;
}
