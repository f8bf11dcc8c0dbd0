import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { displayDate } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/config';
import type { listJournalOrders } from '@/lib/journals/queries';

type JournalOrder = Awaited<ReturnType<typeof listJournalOrders>>[number];

/** The service orders whose journals the provider's staff keep, each a link to its journal. */
export async function JournalOrders({ orders, locale, headingId }: { orders: JournalOrder[]; locale: Locale; headingId: string }) {
  const t = await getTranslations('journal');
  if (orders.length === 0) return <p className="text-slate-700">{t('ordersEmpty')}</p>;
  return (
    <ul className="grid gap-4 md:grid-cols-2" aria-labelledby={headingId}>
      {orders.map((o) => (
        <li key={o.id} className="rounded border border-slate-300 bg-white p-4">
          <p className="text-lg font-semibold">
            <Link href={`/journal/${o.id}`} className="underline">
              {t('openJournal', { name: o.recipientName, number: o.number })}
            </Link>
          </p>
          <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1 text-slate-800">
            <dt className="font-semibold">{t('labels.service')}</dt>
            <dd>{t(`services.${o.category as 'assistant' | 'sign_language'}`)}</dd>
            <dt className="font-semibold">{t('labels.period')}</dt>
            <dd>{periodText(t, o.periodFrom, o.periodTo, locale)}</dd>
            <dt className="font-semibold">{t('labels.status')}</dt>
            <dd>{t(`statuses.${o.status === 'closed' ? 'closed' : 'in_fulfilment'}`)}</dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}

export function periodText(t: (key: 'periodRange' | 'periodFrom' | 'periodNone', values?: Record<string, string>) => string, from: string | null, to: string | null, locale: Locale): string {
  if (from && to) return t('periodRange', { from: displayDate(from, locale), to: displayDate(to, locale) });
  if (from) return t('periodFrom', { from: displayDate(from, locale) });
  return t('periodNone');
}
