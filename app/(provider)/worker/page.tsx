import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db';
import { requirePageActor } from '@/lib/auth/access';
import { pageLocale } from '@/lib/i18n/page-locale';
import { listJournalOrders } from '@/lib/journals/queries';
import { getActorProvider } from '@/lib/providers/queries';
import { JournalOrders } from '../journal/journal-orders';
import { ProviderSummary } from '../provider-summary';

export async function generateMetadata() {
  const t = await getTranslations('worker');
  return { title: t('title') };
}

/** The worker's home: the orders of the service they render, each opening its journal. */
export default async function WorkerHomePage() {
  const actor = await requirePageActor('cabinet.worker');
  const t = await getTranslations('worker');
  const tj = await getTranslations('journal');
  const db = getDb();
  const [provider, orders, locale] = await Promise.all([getActorProvider(db, actor), listJournalOrders(db, actor), pageLocale()]);
  return (
    <div className="space-y-6">
      <PageHeader title={t('title')}>{t('intro')}</PageHeader>
      {provider ? <ProviderSummary provider={provider} /> : null}
      <section aria-labelledby="journal-heading" className="space-y-3">
        <h2 id="journal-heading" className="text-xl font-semibold">
          {t('journal')}
        </h2>
        <p className="text-slate-700">{tj('workerIntro')}</p>
        <JournalOrders orders={orders} locale={locale} headingId="journal-heading" />
      </section>
    </div>
  );
}
