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
    translator = createTranslator({ locale, messages: catalogs[locale] }) as Translator;
    translators.set(locale, translator);
  }
  return translator;
}

/** Translates a full dotted key such as "validation.required"; unknown keys come back unchanged. */
export function translateKey(locale: Locale, key: string, values?: Record<string, string | number>): string {
  const t = translatorFor(locale);
  return t.has(key as never) ? t(key as never, values as never) : key;
}
