import { getRequestConfig } from 'next-intl/server';
import { cookies, headers } from 'next/headers';
import { LOCALE_COOKIE, resolveLocale } from './config';
import { catalogs } from './messages';

// next-intl without locale routing: the language is the user's persisted choice (a cookie).
export default getRequestConfig(async () => {
  const cookieStore = await cookies();
  const headerStore = await headers();
  const locale = resolveLocale(cookieStore.get(LOCALE_COOKIE)?.value, headerStore.get('accept-language'));
  return { locale, messages: catalogs[locale], timeZone: 'Asia/Almaty' };
});
