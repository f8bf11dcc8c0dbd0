import { and, eq, gte, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Db } from '@/db/client';
import { classifierEntries, iprMeasures, iprs, journalDayTotals, journalEntries, journalYearTotals, orders, recipients } from '@/db/schema';
import { assertPermission, type Actor } from '@/lib/auth/actor';
import { addDays, addMonths, eachDay, type LocalDate } from '@/lib/calendar/local-date';
import { AppError } from '@/lib/errors';
import { ordersVisibleTo, representedRecipients } from '@/lib/orders/access';
import { grantedMinutes, type JournalService } from './rules';
import { livesInOfficeDistricts } from '@/lib/offices/district-office';

export interface Allowance {
  used: number;
  /** The cap at this level, or null where the service has none (sign language has only a yearly one). */
  cap: number | null;
  /** Minutes that may still be recorded at this level, whatever cap binds. */
  remaining: number;
}

export interface JournalBalances {
  recipientId: string;
  service: JournalService;
  date: LocalDate;
  /** Whether the IPR grants the service that day. */
  entitled: boolean;
  day: Allowance;
  month: Allowance & { month: string };
  year: Allowance & { year: number };
}

/**
 * Whether the actor may see a recipient's balances: the recipient and their representatives, the
 * office of their district, administrators, and a provider's staff who serve (or served) them.
 */
function recipientVisibleTo(actor: Actor): SQL {
  switch (actor.role) {
    case 'recipient':
      return actor.recipientId ? eq(recipients.id, actor.recipientId) : sql`false`;
    case 'representative':
      return inArray(recipients.id, representedRecipients(actor));
    case 'provider_admin':
    case 'provider_worker':
      return sql`exists (select 1 from ${orders} where ${orders.recipientId} = ${recipients.id} and ${ordersVisibleTo(actor)})`;
    case 'office_officer':
      return actor.officeId ? livesInOfficeDistricts(actor.officeId, recipients.id) : sql`false`;
    case 'administrator':
      return sql`true`;
    default:
      return sql`false`;
  }
}

/** The recipient with this IIN, if the actor may see their balances; "not found" otherwise, so an IIN reveals nothing. */
export async function findRecipientForBalances(db: Db, actor: Actor, iin: string) {
  assertPermission(actor, 'journal.read');
  const [row] = await db.select({ id: recipients.id }).from(recipients).where(and(eq(recipients.iin, iin), recipientVisibleTo(actor)));
  if (!row) throw new AppError('not_found', { detailKey: 'errors.not_found.recipient' });
  return row.id;
}

/**
 * Used and remaining minutes for a recipient and service on a day, in its month and in its year,
 * across all providers. The assistant's cap is a day's (8 hours, or fewer if the IPR grants
 * fewer): a month's or year's remaining sums what is left on each day the IPR grants the service.
 * Sign language has a yearly cap (60 hours, or what the IPR grants), which bounds its day and month.
 */
export async function journalBalances(db: Db, recipientId: string, service: JournalService, date: LocalDate): Promise<JournalBalances> {
  const monthStart = `${date.slice(0, 7)}-01`;
  const monthEnd = addDays(addMonths(monthStart, 1), -1);
  const year = Number(date.slice(0, 4));
  const yearStart = `${year}-01-01`;
  const yearEnd = `${year}-12-31`;
  if (service === 'assistant') {
    const days = await journalDays(db, recipientId, service, yearStart, yearEnd);
    const sum = (from: LocalDate, to: LocalDate) => {
      const inRange = days.filter((d) => d.date >= from && d.date <= to);
      const used = inRange.reduce((total, d) => total + d.used, 0);
      const cap = inRange.reduce((total, d) => total + d.granted, 0);
      return { used, cap, remaining: Math.max(0, cap - used) };
    };
    const today = days.find((d) => d.date === date)!;
    return {
      recipientId,
      service,
      date,
      entitled: today.granted > 0,
      day: { used: today.used, cap: today.granted, remaining: Math.max(0, today.granted - today.used) },
      month: { month: date.slice(0, 7), ...sum(monthStart, monthEnd) },
      year: { year, ...sum(yearStart, yearEnd) },
    };
  }

  const grants = await grantsIn(db, recipientId, service, yearStart, yearEnd);
  const grantOn = (day: LocalDate) => grantedOn(grants, day);
  const entitled = grantOn(date) > 0;
  const [yearRow] = await db.select({ minutes: journalYearTotals.minutes }).from(journalYearTotals).where(and(eq(journalYearTotals.recipientId, recipientId), eq(journalYearTotals.year, year)));
  const [sums] = rowsOf<{ day: number; month: number }>(
    await db.execute(sql`select coalesce(sum(${journalEntries.minutes}) filter (where ${journalEntries.serviceDate} = ${date}::date), 0) as day,
        coalesce(sum(${journalEntries.minutes}), 0) as month
      from ${journalEntries}
      where ${journalEntries.recipientId} = ${recipientId} and ${journalEntries.serviceDate} between ${monthStart}::date and ${monthEnd}::date
        and ${journalEntries.service} = 'sign_language' and ${journalEntries.deletedAt} is null`),
  );
  const yearCap = grantOn(date) || Math.max(0, ...grants.map((g) => g.minutes));
  const yearUsed = yearRow?.minutes ?? 0;
  const remaining = entitled ? Math.max(0, yearCap - yearUsed) : 0;
  return {
    recipientId,
    service,
    date,
    entitled,
    day: { used: Number(sums?.day ?? 0), cap: null, remaining },
    month: { month: date.slice(0, 7), used: Number(sums?.month ?? 0), cap: null, remaining },
    year: { year, used: yearUsed, cap: yearCap, remaining: Math.max(0, yearCap - yearUsed) },
  };
}

export interface JournalDay {
  date: LocalDate;
  /** Minutes recorded for the recipient that day, across all providers. */
  used: number;
  /** What the IPR grants: a day's minutes for the assistant, the year's for sign language; 0 when not granted that day. */
  granted: number;
}

/** Each day of a period with what was used and what the IPR grants, in two queries (a month's grid reads this). */
export async function journalDays(db: Db, recipientId: string, service: JournalService, from: LocalDate, to: LocalDate): Promise<JournalDay[]> {
  const grants = await grantsIn(db, recipientId, service, from, to);
  const rows =
    service === 'assistant'
      ? rowsOf<{ day: string; minutes: number }>(
          await db.execute(sql`select to_char(${journalDayTotals.serviceDate}, 'YYYY-MM-DD') as day, ${journalDayTotals.minutes} as minutes from ${journalDayTotals}
            where ${journalDayTotals.recipientId} = ${recipientId} and ${journalDayTotals.serviceDate} between ${from}::date and ${to}::date`),
        )
      : rowsOf<{ day: string; minutes: number }>(
          await db.execute(sql`select to_char(${journalEntries.serviceDate}, 'YYYY-MM-DD') as day, sum(${journalEntries.minutes})::int as minutes from ${journalEntries}
            where ${journalEntries.recipientId} = ${recipientId} and ${journalEntries.serviceDate} between ${from}::date and ${to}::date
              and ${journalEntries.service} = 'sign_language' and ${journalEntries.deletedAt} is null
            group by ${journalEntries.serviceDate}`),
        );
  const usedOn = new Map(rows.map((r) => [r.day, Number(r.minutes)]));
  return eachDay(from, to).map((date) => ({ date, used: usedOn.get(date) ?? 0, granted: grantedOn(grants, date) }));
}

/** What the grants give on a day: the largest of those in force, 0 when none is. */
function grantedOn(grants: { from: LocalDate; to: LocalDate; minutes: number }[], day: LocalDate): number {
  return Math.max(0, ...grants.filter((g) => g.from <= day && day <= g.to).map((g) => g.minutes));
}

/** What the IPRs grant of a service in a period: each measure's days (from, to inclusive) and minutes (a day's, or a year's). */
async function grantsIn(db: Db, recipientId: string, service: JournalService, from: LocalDate, to: LocalDate) {
  const rows = await db
    .select({ validFrom: iprs.validFrom, validTo: iprs.validTo, endedOn: iprs.endedOn, startsOn: iprMeasures.startsOn, endsOn: iprMeasures.endsOn, hoursPerDay: iprMeasures.hoursPerDay, hoursPerYear: iprMeasures.hoursPerYear })
    .from(iprs)
    .innerJoin(iprMeasures, eq(iprMeasures.iprId, iprs.id))
    .innerJoin(classifierEntries, eq(classifierEntries.code, iprMeasures.classifierCode))
    .where(and(eq(iprs.recipientId, recipientId), eq(classifierEntries.category, service), lte(iprs.validFrom, to), gte(iprs.validTo, from), or(isNull(iprMeasures.endsOn), gte(iprMeasures.endsOn, from))));
  return rows.map((r) => {
    const starts = [r.validFrom, r.startsOn].sort().at(-1)!;
    const ends = [r.validTo, r.endsOn, r.endedOn ? addDays(r.endedOn, -1) : null].filter((d): d is string => d !== null).sort()[0]!;
    return { from: starts, to: ends, minutes: grantedMinutes(service, r) };
  });
}
