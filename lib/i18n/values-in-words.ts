import type { Locale } from './config';
import { displayDate, displayMonth } from './format';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const DATES = /^\d{4}-\d{2}-\d{2}(, \d{4}-\d{2}-\d{2})*$/;

/**
 * A message's values in the reader's words, whatever their names (period, month, from, to,
 * dates…): a month ("2026-11") by its name ("November 2026"), a date ("2026-11-25") or a list of
 * dates ("2026-11-05, 2026-11-12") in the reader's conventions. Any other value is kept as it is.
 * Refusals carry their values in these stored forms, so every message that shows them uses this.
 */
export function valuesInWords(values: Record<string, string | number>, locale: Locale): Record<string, string | number> {
  const words: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(values)) words[key] = typeof value === 'string' ? valueInWords(value, locale) : value;
  return words;
}

function valueInWords(value: string, locale: Locale): string {
  if (MONTH.test(value)) return displayMonth(value, locale);
  if (DATES.test(value)) {
    const dates = value.split(', ');
    if (dates.every((d) => DATE.test(d))) return dates.map((d) => displayDate(d, locale)).join(', ');
  }
  return value;
}
