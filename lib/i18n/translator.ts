import { createTranslator } from 'next-intl';
import type { Locale } from './config';
import { catalogs } from './messages';

/** A translator usable outside React (API errors, jobs, SMS texts). */
export function translatorFor(locale: Locale) {
  return createTranslator({ locale, messages: catalogs[locale] });
}

/** Translates a full dotted key such as "validation.required"; unknown keys come back unchanged. */
export function translateKey(locale: Locale, key: string, values?: Record<string, string | number>): string {
  const t = translatorFor(locale);
  return t.has(key as never) ? t(key as never, values as never) : key;
}
