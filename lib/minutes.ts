/** Service time is kept as integer minutes; hours are only a display and input form. */
export const MINUTES_PER_HOUR = 60;

export function hoursToMinutes(hours: number): number {
  const minutes = hours * MINUTES_PER_HOUR;
  if (!Number.isInteger(minutes) || minutes < 0) {
    throw new RangeError('hours must convert to a whole, non-negative number of minutes');
  }
  return minutes;
}

/** "7:30" style text for screens and documents. */
export function formatMinutes(minutes: number): string {
  if (!Number.isInteger(minutes) || minutes < 0) throw new RangeError('minutes must be a non-negative integer');
  const h = Math.floor(minutes / MINUTES_PER_HOUR);
  const m = minutes % MINUTES_PER_HOUR;
  return `${h}:${String(m).padStart(2, '0')}`;
}

/** Parses "HH:MM" into minutes since midnight; null when malformed. */
export function parseClockTime(value: string): number | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value);
  if (!match) return null;
  return Number(match[1]) * MINUTES_PER_HOUR + Number(match[2]);
}

/** "09:05" from minutes since midnight: the inverse of parseClockTime. */
export function formatClockTime(minutes: number): string {
  return `${String(Math.floor(minutes / MINUTES_PER_HOUR)).padStart(2, '0')}:${String(minutes % MINUTES_PER_HOUR).padStart(2, '0')}`;
}
