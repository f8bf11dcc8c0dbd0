/**
 * Calendar dates as 'YYYY-MM-DD' strings, and their relation to instants in Asia/Almaty.
 * Date arithmetic is done in UTC on the date alone, so the machine's zone never leaks in.
 */
export type LocalDate = string;

export const ALMATY = 'Asia/Almaty';

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLocalDate(value: string): boolean {
  const m = LOCAL_DATE.exec(value);
  if (!m) return false;
  const probe = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return probe.toISOString().slice(0, 10) === value;
}

function toUtcMidnight(date: LocalDate): Date {
  if (!isLocalDate(date)) throw new RangeError(`not a date: ${date}`);
  return new Date(`${date}T00:00:00Z`);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const d = toUtcMidnight(date);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function dayOfWeek(date: LocalDate): number {
  const day = toUtcMidnight(date).getUTCDay();
  return day === 0 ? 7 : day;
}

export function isWeekend(date: LocalDate): boolean {
  return dayOfWeek(date) >= 6;
}

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
  return `${parts.year}-${parts.month}-${parts.day}`;
}

const offsetFormatter = new Intl.DateTimeFormat('en-US', { timeZone: ALMATY, timeZoneName: 'longOffset' });

/** Almaty's UTC offset in minutes at an instant (read from the time-zone database, not assumed). */
function almatyOffsetMinutes(instant: Date): number {
  const name = offsetFormatter.formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
  if (!m) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -minutes : minutes;
}

/** The instant 23:59:59 of a date in Almaty: the end of a deadline day. */
export function endOfAlmatyDay(date: LocalDate): Date {
  const wallClockAsUtc = new Date(`${date}T23:59:59Z`).getTime();
  // Offset as of that wall-clock time; Kazakhstan has no DST, so one correction suffices.
  const offset = almatyOffsetMinutes(new Date(wallClockAsUtc));
  return new Date(wallClockAsUtc - offset * 60_000);
}

/** ISO-8601 in Almaty time with its offset, seconds precision: 2026-12-02T23:59:59+05:00. */
export function formatInstantAlmaty(instant: Date): string {
  const offset = almatyOffsetMinutes(instant);
  const local = new Date(instant.getTime() + offset * 60_000).toISOString().slice(0, 19);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
