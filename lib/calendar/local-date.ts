/**
 * Calendar dates as 'YYYY-MM-DD' strings, and their relation to instants in Asia/Almaty.
 * Date arithmetic is done in UTC on the date alone, so the machine's zone never leaks in;
 * Almaty's offset is always read from the time-zone database through Intl.
 */
export type LocalDate = string;

export const ALMATY = 'Asia/Almaty';

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; setUTCFullYear avoids the 0–99 → 19xx quirk of Date.UTC.
  const d = new Date(0);
  d.setUTCFullYear(year, month, 0);
  return d.getUTCDate();
}

/** True for a real calendar date written 'YYYY-MM-DD' (2026-02-29 is not one). */
export function isLocalDate(value: unknown): value is LocalDate {
  if (typeof value !== 'string') return false;
  const m = LOCAL_DATE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function toUtcMidnight(date: LocalDate): Date {
  if (!isLocalDate(date)) throw new RangeError(`not a date: ${date}`);
  return new Date(`${date}T00:00:00Z`);
}

function fromUtcMidnight(d: Date): LocalDate {
  const out = d.toISOString().slice(0, 10);
  // Past year 9999 toISOString switches to '+010000-…'; refuse rather than return garbage.
  if (!isLocalDate(out)) throw new RangeError(`date out of range: ${d.toISOString()}`);
  return out;
}

export function addDays(date: LocalDate, days: number): LocalDate {
  if (!Number.isInteger(days)) throw new RangeError(`days must be a whole number, got ${days}`);
  const d = toUtcMidnight(date);
  d.setUTCDate(d.getUTCDate() + days);
  return fromUtcMidnight(d);
}

/**
 * Every date from `from` to `to`, both included, in order (none when `to` is earlier). One Date
 * stepped a day at a time: a year's days cost 0.55 ms through addDays, which checks and parses
 * each date again (a balance reads the whole year).
 */
export function eachDay(from: LocalDate, to: LocalDate): LocalDate[] {
  const day = toUtcMidnight(from);
  const last = toUtcMidnight(to).getTime();
  const days: LocalDate[] = [];
  for (; day.getTime() <= last; day.setUTCDate(day.getUTCDate() + 1)) {
    const year = day.getUTCFullYear();
    if (year > 9999) throw new RangeError(`date out of range: ${day.toISOString()}`);
    days.push(`${String(year).padStart(4, '0')}-${String(day.getUTCMonth() + 1).padStart(2, '0')}-${String(day.getUTCDate()).padStart(2, '0')}`);
  }
  return days;
}

/**
 * Calendar months later (or earlier), kept within the month as PostgreSQL's `+ interval 'n month'`
 * does: 31 January + 1 month is 28 (or 29) February.
 */
export function addMonths(date: LocalDate, months: number): LocalDate {
  if (!Number.isInteger(months)) throw new RangeError(`months must be a whole number, got ${months}`);
  const d = toUtcMidnight(date);
  const day = d.getUTCDate();
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return fromUtcMidnight(target);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function dayOfWeek(date: LocalDate): number {
  const day = toUtcMidnight(date).getUTCDay();
  return day === 0 ? 7 : day;
}

export function isWeekend(date: LocalDate): boolean {
  return dayOfWeek(date) >= 6;
}

/** Sort order for dates; the fixed-width format makes string order calendar order. */
export function compareDates(a: LocalDate, b: LocalDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const dateFormatter = new Intl.DateTimeFormat('en-CA', {
  timeZone: ALMATY,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date an instant falls on in Almaty. */
export function almatyDateOf(instant: Date): LocalDate {
  const parts = Object.fromEntries(dateFormatter.formatToParts(instant).map((p) => [p.type, p.value]));
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  if (!isLocalDate(date)) throw new RangeError(`instant out of range: ${String(instant)}`);
  return date;
}

const offsetFormatter = new Intl.DateTimeFormat('en-US', { timeZone: ALMATY, timeZoneName: 'longOffset' });

/** Almaty's UTC offset in minutes at an instant (read from the time-zone database, not assumed). */
function almatyOffsetMinutes(instant: Date): number {
  const name = offsetFormatter.formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  // 'GMT' alone means UTC; otherwise 'GMT+05:00' (historic LMT adds seconds, which we drop).
  const m = /^GMT(?:([+-])(\d{2}):(\d{2}))?/.exec(name);
  if (!m || !m[1]) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '-' ? -minutes : minutes;
}

/** The instant 23:59:59 of a date in Almaty: the end of a deadline day. */
export function endOfAlmatyDay(date: LocalDate): Date {
  if (!isLocalDate(date)) throw new RangeError(`not a date: ${date}`);
  const wallClockAsUtc = Date.parse(`${date}T23:59:59Z`);
  // Guess with the offset near that wall time, then re-read it at the guessed instant,
  // so a change of offset (Almaty went from +06 to +05 on 1 March 2024) is honoured.
  const guess = wallClockAsUtc - almatyOffsetMinutes(new Date(wallClockAsUtc)) * 60_000;
  return new Date(wallClockAsUtc - almatyOffsetMinutes(new Date(guess)) * 60_000);
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** ISO-8601 in Almaty time with its offset, seconds precision: 2026-12-02T23:59:59+05:00. */
export function formatInstantAlmaty(instant: Date): string {
  const offset = almatyOffsetMinutes(instant);
  // Shift by the offset and read the UTC fields: that is Almaty's wall clock, whatever the machine's zone.
  const local = new Date(instant.getTime() + offset * 60_000).toISOString().slice(0, 19);
  return `${local}${formatOffset(offset)}`;
}

/** "17.11.2026": how an SMS or a notice writes a date (pages format with the reader's locale). */
export function formatDateDotted(date: LocalDate): string {
  const [y, m, d] = date.split('-');
  return `${d}.${m}.${y}`;
}
