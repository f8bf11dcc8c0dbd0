import type { Locale } from './config';

const intlLocale: Record<Locale, string> = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' };

/**
 * Shows a stored tenge amount ("1234.50") in the reader's conventions ("1 234,50 ₸"). The
 * string goes to Intl as an exact decimal (NumberFormat v3), never through a float.
 */
const tengeFormats = new Map<Locale, Intl.NumberFormat>();

export function displayTenge(amount: string, locale: Locale): string {
  // Building a NumberFormat costs ~20 µs; a page of offers shows dozens of amounts.
  let format = tengeFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(intlLocale[locale], { style: 'currency', currency: 'KZT', currencyDisplay: 'narrowSymbol', minimumFractionDigits: 2, maximumFractionDigits: 2 });
    tengeFormats.set(locale, format);
  }
  return format.format(amount as `${number}`);
}

/** An instant as a date and time in Almaty, in the reader's conventions. */
export function displayAlmatyDateTime(instant: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale[locale], { timeZone: 'Asia/Almaty', dateStyle: 'medium', timeStyle: 'short' }).format(instant);
}

/** A calendar date ("2026-11-25") in the reader's conventions. */
export function displayDate(date: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale[locale], { timeZone: 'UTC', dateStyle: 'medium' }).format(new Date(`${date}T00:00:00Z`));
}

/** A month ("2026-11") as its name and year ("November 2026") in the reader's language. */
export function displayMonth(month: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale[locale], { timeZone: 'UTC', month: 'long', year: 'numeric' }).format(new Date(`${month}-01T00:00:00Z`));
}

/** A date as its short weekday and day of the month ("Mon 23"), for a month's grid. */
export function displayWeekdayAndDay(date: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale[locale], { timeZone: 'UTC', weekday: 'short', day: 'numeric' }).format(new Date(`${date}T00:00:00Z`));
}
