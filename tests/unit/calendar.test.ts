import { describe, expect, it } from 'vitest';
import { governmentTransfers, statutoryHolidays } from '@/db/seed/data/holidays';
import {
  addDays,
  almatyDateOf,
  createWorkingCalendar,
  dayOfWeek,
  deriveCalendarDays,
  eachDay,
  endOfAlmatyDay,
  formatInstantAlmaty,
  isLocalDate,
} from '@/lib/calendar';

const calendar = createWorkingCalendar(deriveCalendarDays(statutoryHolidays, governmentTransfers));

function nonWorkingWeekdays(year: number): string[] {
  const out: string[] = [];
  for (let d = `${year}-01-01`; d <= `${year}-12-31`; d = addDays(d, 1)) {
    if (dayOfWeek(d) <= 5 && !calendar.isWorkingDay(d)) out.push(d);
  }
  return out;
}

describe('holiday rules (Law on holidays)', () => {
  it('gives exactly the official 2026 days off', () => {
    expect(nonWorkingWeekdays(2026)).toEqual([
      '2026-01-01', '2026-01-02', '2026-01-07', '2026-03-09', '2026-03-23', '2026-03-24', '2026-03-25',
      '2026-05-01', '2026-05-07', '2026-05-11', '2026-05-27', '2026-07-06', '2026-10-26', '2026-12-16',
    ]);
  });

  it('moves 2025 weekend holidays and applies the government transfer of 3/5 January', () => {
    expect(calendar.isWorkingDay('2025-01-03')).toBe(false);
    expect(calendar.isWorkingDay('2025-01-05')).toBe(true); // a Sunday made a working day
    for (const d of ['2025-03-10', '2025-03-24', '2025-03-25', '2025-07-07', '2025-09-01', '2025-10-27']) {
      expect(calendar.isWorkingDay(d), d).toBe(false);
    }
    expect(calendar.isWorkingDay('2025-03-26')).toBe(true);
  });

  it('does not move a religious holiday that falls on a weekend', () => {
    // Kurban Ait 2027 is Sunday 16 May: Monday 17 May stays a working day.
    expect(calendar.isWorkingDay('2027-05-17')).toBe(true);
    const synthetic = deriveCalendarDays(
      [{ date: '2028-01-08', religious: true, nameKk: 'x', nameRu: 'x', nameEn: 'x' }],
      [],
    );
    expect(synthetic.map((d) => d.date)).toEqual(['2028-01-08']);
  });

  it('moves each weekend holiday to a distinct next working day', () => {
    // Nauryz 2026: Sat 21, Sun 22, Mon 23 → days off 23, 24, 25.
    const days = deriveCalendarDays(statutoryHolidays.filter((h) => h.date.startsWith('2026-03-2')), []);
    expect(days.map((d) => `${d.date}:${d.kind}`)).toEqual([
      '2026-03-21:holiday', '2026-03-22:holiday', '2026-03-23:holiday', '2026-03-24:day_off', '2026-03-25:day_off',
    ]);
  });

  it('names and marks a moved day off', () => {
    const moved = deriveCalendarDays(statutoryHolidays, governmentTransfers).find((d) => d.date === '2026-03-24');
    expect(moved).toMatchObject({ kind: 'day_off', source: 'weekend_transfer', nameRu: 'Перенос выходного дня (Наурыз мейрамы)' });
  });

  it('moves the same holiday on a Saturday to Monday unless it is religious', () => {
    // 7 January 2023 was a Saturday.
    const names = { nameKk: 'x', nameRu: 'x', nameEn: 'x' };
    expect(deriveCalendarDays([{ date: '2023-01-07', religious: true, ...names }], []).map((d) => d.date)).toEqual(['2023-01-07']);
    expect(deriveCalendarDays([{ date: '2023-01-07', religious: false, ...names }], []).map((d) => `${d.date}:${d.kind}`)).toEqual([
      '2023-01-07:holiday',
      '2023-01-09:day_off',
    ]);
  });

  it('lets a government transfer win over a derived row for the same date', () => {
    const names = { nameKk: 'x', nameRu: 'x', nameEn: 'x' };
    // Saturday 8 March 2025 would move to Monday 10 March; a decree keeps the 10th a working day.
    const days = deriveCalendarDays(
      [{ date: '2025-03-08', religious: false, ...names }],
      [{ date: '2025-03-10', kind: 'working_day', ...names }],
    );
    expect(days.map((d) => `${d.date}:${d.kind}:${d.source}`)).toEqual(['2025-03-08:holiday:statute', '2025-03-10:working_day:government']);
  });

  it('derives the 2027 weekend moves', () => {
    // 2 Jan Sat → 4 Jan; Nauryz Sun 21 → 24 Mar (22, 23 are holidays); 1 May Sat → 3 May; 9 May Sun → 10 May.
    for (const d of ['2027-01-04', '2027-03-24', '2027-05-03', '2027-05-10']) expect(calendar.isWorkingDay(d), d).toBe(false);
    expect(calendar.isWorkingDay('2027-03-25')).toBe(true);
  });

  it('starts Constitution Day on 15 March in 2027 and has none in 2026', () => {
    expect(calendar.isWorkingDay('2027-03-15')).toBe(false);
    expect(calendar.isWorkingDay('2026-08-31')).toBe(true);
  });
});

describe('working-day deadlines (arrival day not counted, end of the Nth working day, Almaty)', () => {
  const at = (iso: string) => formatInstantAlmaty(calendar.workingDayDeadline(new Date(iso), 5));

  it('counts five working days after a Wednesday', () => {
    expect(at('2026-11-25T10:00:00+05:00')).toBe('2026-12-02T23:59:59+05:00');
  });
  it('skips Independence Day', () => {
    expect(at('2026-12-11T09:00:00+05:00')).toBe('2026-12-21T23:59:59+05:00');
  });
  it('takes the arrival date in Almaty, not UTC', () => {
    // 18:30 UTC on the 25th is 23:30 on the 25th in Almaty: still a Wednesday arrival.
    expect(at('2026-11-25T18:30:00Z')).toBe('2026-12-02T23:59:59+05:00');
    // 19:30 UTC is already Thursday the 26th in Almaty.
    expect(at('2026-11-25T19:30:00Z')).toBe('2026-12-03T23:59:59+05:00');
  });
  it('counts from a Saturday arrival', () => {
    expect(at('2026-11-28T12:00:00+05:00')).toBe('2026-12-04T23:59:59+05:00');
  });
  it('skips the Nauryz days off', () => {
    // Fri 20 Mar: 21–25 off; 26 (1), 27 (2), 30 (3), 31 (4), 1 Apr (5).
    expect(at('2026-03-20T12:00:00+05:00')).toBe('2026-04-01T23:59:59+05:00');
  });
  it('refuses a term that is not a whole number of days', () => {
    expect(() => calendar.addWorkingDays('2026-11-25', 0)).toThrow(RangeError);
    expect(() => calendar.addWorkingDays('2026-11-25', 2.5)).toThrow(RangeError);
    expect(() => calendar.addWorkingDays('2026-11-25', -1)).toThrow(RangeError);
    expect(() => calendar.addWorkingDays('2026-11-25', Number.NaN)).toThrow(RangeError);
    expect(() => calendar.calendarDayDeadline(new Date('2026-11-25T10:00:00+05:00'), 0)).toThrow(RangeError);
  });
  it('counts the next working day for n = 1', () => {
    expect(calendar.addWorkingDays('2026-12-15', 1)).toBe('2026-12-17');
  });
  it('gives up instead of looping forever on a calendar with no working days', () => {
    const rows = Array.from({ length: 800 }, (_, i) => ({ date: addDays('2026-01-01', i), kind: 'day_off' as const }));
    expect(() => createWorkingCalendar(rows).addWorkingDays('2025-12-31', 1)).toThrow(RangeError);
  });
  it('also counts in calendar days when a category says so', () => {
    expect(formatInstantAlmaty(calendar.calendarDayDeadline(new Date('2026-12-11T09:00:00+05:00'), 10))).toBe(
      '2026-12-21T23:59:59+05:00',
    );
  });
  it('counts working days in a range', () => {
    expect(calendar.countWorkingDays('2026-12-14', '2026-12-18')).toBe(4);
    expect(calendar.countWorkingDays('2025-01-01', '2025-01-07')).toBe(2); // Sun 5 (decree) and Mon 6 Jan
    expect(calendar.countWorkingDays('2026-12-18', '2026-12-14')).toBe(0);
    expect(() => calendar.countWorkingDays('2026-12-14', 'soon')).toThrow(RangeError);
  });
});

describe('dates in Almaty', () => {
  it('finds the Almaty date around midnight', () => {
    expect(almatyDateOf(new Date('2026-11-24T19:00:00Z'))).toBe('2026-11-25');
    expect(almatyDateOf(new Date('2026-11-24T18:59:59Z'))).toBe('2026-11-24');
  });
  it('ends a day at 23:59:59 Almaty time', () => {
    expect(endOfAlmatyDay('2026-12-02').toISOString()).toBe('2026-12-02T18:59:59.000Z');
  });
  it('reads the offset from the zone database, not a constant', () => {
    // Almaty was UTC+6 until 1 March 2024.
    expect(endOfAlmatyDay('2024-01-15').toISOString()).toBe('2024-01-15T17:59:59.000Z');
    expect(formatInstantAlmaty(endOfAlmatyDay('2024-01-15'))).toBe('2024-01-15T23:59:59+06:00');
  });
  it('formats with seconds precision and the Almaty offset', () => {
    expect(formatInstantAlmaty(new Date('2026-11-24T19:00:00.789Z'))).toBe('2026-11-25T00:00:00+05:00');
  });
  it('does date arithmetic across month, year and leap day', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(dayOfWeek('2026-01-01')).toBe(4);
    expect(dayOfWeek('2025-01-01')).toBe(3);
    expect(dayOfWeek('2027-01-01')).toBe(5);
    expect(dayOfWeek('2026-03-22')).toBe(7);
  });
  it('lists every day of a period, both ends included, as day-by-day arithmetic gives them', () => {
    const stepped: string[] = [];
    for (let d = '2027-12-25'; d <= '2028-03-02'; d = addDays(d, 1)) stepped.push(d);
    expect(eachDay('2027-12-25', '2028-03-02')).toEqual(stepped);
    expect(eachDay('2028-02-28', '2028-03-01')).toEqual(['2028-02-28', '2028-02-29', '2028-03-01']);
    expect(eachDay('2026-01-01', '2026-12-31')).toHaveLength(365);
    expect(eachDay('2026-05-05', '2026-05-05')).toEqual(['2026-05-05']);
    expect(eachDay('2026-05-06', '2026-05-05')).toEqual([]);
    expect(() => eachDay('2026-02-30', '2026-03-05')).toThrow(RangeError);
    expect(() => eachDay('9999-12-30', '9999-12-31')).not.toThrow();
  });
  it('validates date strings', () => {
    expect(isLocalDate('2026-02-29')).toBe(false);
    expect(isLocalDate('2028-02-29')).toBe(true);
    expect(isLocalDate('2026-2-01')).toBe(false);
    expect(isLocalDate('2026-13-01')).toBe(false);
    expect(isLocalDate(20260101)).toBe(false);
  });
});
