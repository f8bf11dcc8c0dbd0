import { getTranslations } from 'next-intl/server';
import { BackLink } from '@/components/ui/back-link';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db';
import { requirePageActor } from '@/lib/auth/access';
import { pageLocale } from '@/lib/i18n/page-locale';
import { listJournalOrders } from '@/lib/journals/queries';
import { JournalOrders } from '../../journal/journal-orders';

export async function generateMetadata() {
  const t = await getTranslations('journal');
  return { title: t('title') };
}

/** The provider's journals: every assistant and sign-language order in fulfilment (or closed), each opening its journal. */
export default async function ProviderJournalsPage() {
  const actor = await requirePageActor('cabinet.provider');
  const t = await getTranslations('journal');
  const [orders, locale] = await Promise.all([listJournalOrders(getDb(), actor), pageLocale()]);
  return (
    <div className="space-y-4">
      <div>
        <BackLink href="/provider" label={t('backToCabinet')} />
        <PageHeader title={t('title')}>{t('providerIntro')}</PageHeader>
      </div>
      <h2 id="journal-orders-heading" className="text-xl font-semibold">
        {t('ordersHeading')}
      </h2>
      <JournalOrders orders={orders} locale={locale} headingId="journal-orders-heading" />
    </div>
  );
}
