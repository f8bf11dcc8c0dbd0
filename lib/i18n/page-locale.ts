import 'server-only';
import { getLocale } from 'next-intl/server';
import { defaultLocale, isLocale, type Locale } from './config';

/** The reader's locale in a server component or action. */
export async function pageLocale(): Promise<Locale> {
  const raw = await getLocale();
  return isLocale(raw) ? raw : defaultLocale;
}
