import { IntlMessageFormat } from 'intl-messageformat';
import { createTranslator } from 'next-intl';
import type { Locale } from './config';
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
 * Translates a full dotted key such as "validation.required" with plain string and number values
 * (API errors, jobs, SMS texts); unknown keys come back unchanged.
 */
export function translateKey(locale: Locale, key: string, values?: Record<string, string | number>): string {
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
