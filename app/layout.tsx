import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getTranslations } from 'next-intl/server';
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
import './globals.css';
import { SiteHeader } from '@/components/layout/site-header';
import { getSessionActor } from '@/lib/auth/access';
import { isClockShifted, now } from '@/lib/clock';
import { formatInstantAlmaty } from '@/lib/calendar';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('layout');
  return { title: { default: t('portalName'), template: `%s — ${t('portalName')}` }, description: t('tagline') };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations('layout');
  const actor = await getSessionActor();
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-3 focus:text-brand-800"
        >
          {t('skipToContent')}
        </a>
        <NextIntlClientProvider>
          <SiteHeader actor={actor} />
          {isClockShifted() ? (
            <p className="bg-amber-100 px-4 py-2 text-center text-sm text-amber-950" role="note">
              {t('clockShifted', { now: formatInstantAlmaty(now()) })}
            </p>
          ) : null}
          <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-8">
            {children}
          </main>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
