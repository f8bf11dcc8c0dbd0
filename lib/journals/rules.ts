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

/** Whether two time ranges of one day overlap (touching ends do not). */
export function rangesOverlap(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

