import { getTranslations } from 'next-intl/server';
import { BackLink } from '@/components/ui/back-link';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db';
import { requirePageActor } from '@/lib/auth/access';
import { displayAlmatyDateTime } from '@/lib/i18n/format';
import { pageLocale } from '@/lib/i18n/page-locale';
import { NOTICES_SHOWN } from '@/lib/notifications/cabinet-notices';
import { listProviderNotices } from '@/lib/notifications/provider-notices';
import { MarkAllRead } from './mark-all-read';

export async function generateMetadata() {
  const t = await getTranslations('providerOrders.notices');
  return { title: t('title') };
}

/** What the portal told the provider (new orders, signed contracts, receipts), newest first; "New" in words. */
export default async function ProviderNoticesPage() {
  const actor = await requirePageActor('provider.notices');
  const t = await getTranslations('providerOrders.notices');
  const tp = await getTranslations('providerOrders');
  const locale = await pageLocale();
  const { notices, unread } = await listProviderNotices(getDb(), actor, locale);
  return (
    <div>
      <BackLink href="/provider" label={tp('backToCabinet')} />
      <PageHeader title={t('title')}>{t('intro')}</PageHeader>
      {notices.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <>
          <MarkAllRead unread={unread} />
          {notices.length >= NOTICES_SHOWN ? <p className="mb-3 text-slate-700">{t('latestOnly', { count: NOTICES_SHOWN })}</p> : null}
          <ul className="space-y-3">
            {notices.map((n) => (
              <li key={n.id} className={`rounded border p-4 ${n.readAt ? 'border-slate-300 bg-white' : 'border-l-4 border-brand-700 bg-sky-50'}`}>
                <p className="text-sm text-slate-700">
                  {n.readAt ? null : <strong className="mr-2 rounded bg-brand-700 px-2 py-0.5 text-white">{t('new')}</strong>}
                  {t('received')}: {displayAlmatyDateTime(n.createdAt, locale)}
                  {n.readAt ? ` · ${t('read')}: ${displayAlmatyDateTime(n.readAt, locale)}` : null}
                </p>
                {/* The reader's language, or, for an older notice, the language of the account it was sent to. */}
                <p lang={n.locale} className="mt-1 text-lg">
                  {n.body}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
