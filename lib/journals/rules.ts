/** At most 8 hours of an individual assistant per recipient per day, across all providers (DESIGN §3). */
export const ASSISTANT_DAY_CAP_MINUTES = 480;
/** At most 60 hours of sign-language interpreting per recipient per calendar year. */
export const SIGN_LANGUAGE_YEAR_CAP_MINUTES = 3600;

export type JournalService = 'assistant' | 'sign_language';

/** Minutes of an entry from its start and end (minutes after midnight), or as given. */
export function entryMinutes(input: { minutes?: number; start?: number; end?: number }): number {
  if (input.start !== undefined && input.end !== undefined) return input.end - input.start;
  return input.minutes ?? 0;
}

/** The minutes an IPR measure grants, never above the portal's cap: a day's for the assistant, a year's for sign language. */
export function grantedMinutes(service: JournalService, measure: { hoursPerDay: number | null; hoursPerYear: number | null }): number {
  return service === 'assistant' ? Math.min(ASSISTANT_DAY_CAP_MINUTES, (measure.hoursPerDay ?? 8) * 60) : Math.min(SIGN_LANGUAGE_YEAR_CAP_MINUTES, (measure.hoursPerYear ?? 60) * 60);
}

/** Why an order's day cannot take an entry, judged from the order alone (no future day, none before acceptance or outside the period). */
export type OrderDayRule = 'future' | 'before_acceptance' | 'outside_period';

export function orderDayRefusal(order: { acceptedOn: string | null; periodFrom: string | null; periodTo: string | null }, date: string, today: string): OrderDayRule | null {
  if (date > today) return 'future';
  if (order.acceptedOn && date < order.acceptedOn) return 'before_acceptance';
  if ((order.periodFrom && date < order.periodFrom) || (order.periodTo && date > order.periodTo)) return 'outside_period';
  return null;
}
