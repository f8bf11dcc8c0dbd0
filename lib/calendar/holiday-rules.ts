import { addDays, compareDates, isWeekend, type LocalDate } from './local-date';

export interface Names {
  nameKk: string;
  nameRu: string;
  nameEn: string;
}

export interface StatutoryHoliday extends Names {
  date: LocalDate;
  /** Religious holidays (Orthodox Christmas, Kurban Ait) are never moved off a weekend. */
  religious: boolean;
}

export interface GovernmentTransfer extends Names {
  date: LocalDate;
  kind: 'day_off' | 'working_day';
}

export interface CalendarDay extends Names {
  date: LocalDate;
  kind: 'holiday' | 'day_off' | 'working_day';
  source: 'statute' | 'weekend_transfer' | 'government';
}

/**
 * The Law on holidays: a holiday is a day off; when a non-religious holiday falls on a
 * Saturday or Sunday, the day off moves to the next working day. Government transfers
 * (a weekday made a day off, a weekend day made a working day) are then laid over the result.
 */
export function deriveCalendarDays(
  holidays: readonly StatutoryHoliday[],
  transfers: readonly GovernmentTransfer[],
): CalendarDay[] {
  const byDate = new Map<LocalDate, CalendarDay>();
  for (const h of holidays) {
    byDate.set(h.date, { date: h.date, kind: 'holiday', source: 'statute', nameKk: h.nameKk, nameRu: h.nameRu, nameEn: h.nameEn });
  }
  // Date order, so an earlier holiday claims the nearer free weekday (Nauryz 21 → 23 is taken → 24).
  const sorted = [...holidays].sort((a, b) => compareDates(a.date, b.date));
  for (const h of sorted) {
    if (h.religious || !isWeekend(h.date)) continue;
    let candidate = addDays(h.date, 1);
    // Next Mon–Fri that is neither a holiday nor already taken by an earlier transfer.
    while (isWeekend(candidate) || byDate.has(candidate)) candidate = addDays(candidate, 1);
    byDate.set(candidate, {
      date: candidate,
      kind: 'day_off',
      source: 'weekend_transfer',
      nameKk: `Демалыс күнін ауыстыру (${h.nameKk})`,
      nameRu: `Перенос выходного дня (${h.nameRu})`,
      nameEn: `Day off moved from a weekend (${h.nameEn})`,
    });
  }
  // A government decision is the last word for its date.
  for (const t of transfers) {
    byDate.set(t.date, { date: t.date, kind: t.kind, source: 'government', nameKk: t.nameKk, nameRu: t.nameRu, nameEn: t.nameEn });
  }
  return [...byDate.values()].sort((a, b) => compareDates(a.date, b.date));
}
