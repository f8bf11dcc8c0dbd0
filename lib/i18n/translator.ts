import { IntlMessageFormat } from 'intl-messageformat';
import { createTranslator } from 'next-intl';
import type { Locale } from './config';
import { isMoneyString } from '@/lib/money';
import { displayTenge } from './format';
import { catalogs } from './messages';

type Translator = ReturnType<typeof createTranslator>;

// One per language: the catalogs never change at run time, and making a translator per message
// cost a batch import of 10,000 IPRs several seconds.
const translators = new Map<Locale, Translator>();

/** A translator usable outside React (API errors, jobs, SMS texts). */
export function translatorFor(locale: Locale): Translator {
  let translator = translators.get(locale);
  if (!translator) {
    translator = createTranslator({ locale, messages: catalogs[locale], timeZone: 'Asia/Almaty' }) as Translator;
    translators.set(locale, translator);
  }
  return translator;
}

/** The catalog's text at a dotted key, or undefined when the key names no text. */
function catalogText(locale: Locale, key: string): string | undefined {
  let node: unknown = catalogs[locale];
  for (const part of key.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

// Each text compiled once: next-intl's t() re-keys its cache on every call (about 12 µs), which
// made the 20,000 notices of one IPR import cost almost half a second; a compiled format is 0.5 µs.
const compiled = new Map<string, IntlMessageFormat | null>();

function compiledFormat(locale: Locale, key: string): IntlMessageFormat | null {
  const cacheKey = `${locale}\u0000${key}`;
  let format = compiled.get(cacheKey);
  if (format === undefined) {
    const text = catalogText(locale, key);
    format = text === undefined ? null : new IntlMessageFormat(text, locale);
    compiled.set(cacheKey, format);
  }
  return format;
}

/**
 * The values of these messages that are tenge amounts, carried in their stored form ("1250000.50")
 * and put into words as every screen shows tenge (displayTenge: "1 250 000,50 ₸"), wherever the
 * message is said: a form, the API's problem, a job.
 */
const TENGE_VALUES: Readonly<Record<string, readonly string[]>> = {
  'errors.ledger.budget_exhausted': ['remaining', 'amount'],
  'validation.ledger.reduction_beyond_left': ['left'],
  'validation.ledger.budget_beyond_max': ['max', 'left', 'room'],
};

function tengeShown(locale: Locale, key: string, values: Record<string, string | number> | undefined) {
  const names = TENGE_VALUES[key];
  if (!names || !values) return values;
  const shown = { ...values };
  for (const name of names) {
    const value = shown[name];
    if (typeof value === 'string' && isMoneyString(value)) shown[name] = displayTenge(value, locale);
  }
  return shown;
}

/**
 * Translates a full dotted key such as "validation.required" with plain string and number values
 * (API errors, jobs, SMS texts); unknown keys come back unchanged.
 */
export function translateKey(locale: Locale, key: string, given?: Record<string, string | number>): string {
  const values = tengeShown(locale, key, given);
  const format = compiledFormat(locale, key);
  if (!format) return key;
  try {
    const text = format.format(values);
    if (typeof text === 'string') return text;
  } catch {
    // A value the text needs is missing: next-intl reports it and answers its fallback.
  }
  // Rich text (tags) and the cases above go to next-intl, which knows the app's conventions.
  return translatorFor(locale)(key as never, values as never);
}

/** Whether the catalog has a text at the key. */
export function hasText(locale: Locale, key: string): boolean {
  return catalogText(locale, key) !== undefined;
}
