import type { LocalDate } from '@/lib/calendar/local-date';

/** The regulation's caps on what an IPR may grant (DESIGN §2, p.34; sanatorium p.28). */
export const ASSISTANT_MAX_HOURS_PER_DAY = 8;
export const SIGN_LANGUAGE_MAX_HOURS_PER_YEAR = 60;
export const SANATORIUM_MAX_DAYS = 14;

export type MeasureCategory = 'wheelchair' | 'technical_aid' | 'prosthetic' | 'sanatorium' | 'assistant' | 'sign_language';

export interface MeasureAmount {
  quantity?: number | undefined;
  hoursPerDay?: number | undefined;
  hoursPerYear?: number | undefined;
}

/**
 * Which amount a category takes and its cap: the assistant in hours a day, sign language in
 * hours a year, everything else a quantity (days for a sanatorium stay). Answers the problem as
 * a message key with its values, or null.
 */
export function measureAmountProblem(category: MeasureCategory, amount: MeasureAmount): { field: keyof MeasureAmount; message: string; values?: Record<string, number> } | null {
  if (category === 'assistant') {
    if (amount.hoursPerDay === undefined) return { field: 'hoursPerDay', message: 'validation.ipr.needs_hours_per_day' };
    if (amount.hoursPerDay > ASSISTANT_MAX_HOURS_PER_DAY) return { field: 'hoursPerDay', message: 'validation.ipr.assistant_hours', values: { max: ASSISTANT_MAX_HOURS_PER_DAY } };
    return null;
  }
  if (category === 'sign_language') {
    if (amount.hoursPerYear === undefined) return { field: 'hoursPerYear', message: 'validation.ipr.needs_hours_per_year' };
    if (amount.hoursPerYear > SIGN_LANGUAGE_MAX_HOURS_PER_YEAR) return { field: 'hoursPerYear', message: 'validation.ipr.sign_language_hours', values: { max: SIGN_LANGUAGE_MAX_HOURS_PER_YEAR } };
    return null;
  }
  if (amount.quantity === undefined) return { field: 'quantity', message: 'validation.ipr.needs_quantity' };
  if (category === 'sanatorium' && amount.quantity > SANATORIUM_MAX_DAYS) return { field: 'quantity', message: 'validation.ipr.sanatorium_days', values: { max: SANATORIUM_MAX_DAYS } };
  return null;
}

/**
 * The days a measure entitles: from its start (the IPR's, or a re-issued measure's own date)
 * to the IPR's end; the assistant's hours only until the end of the year they start in.
 * `endsOn` is null when the measure runs as long as the IPR.
 */
export function measureWindow(category: MeasureCategory, startsOn: LocalDate, validTo: LocalDate): { startsOn: LocalDate; endsOn: LocalDate | null } {
  if (category !== 'assistant') return { startsOn, endsOn: null };
  const endOfYear = `${startsOn.slice(0, 4)}-12-31`;
  return { startsOn, endsOn: endOfYear < validTo ? endOfYear : null };
}
