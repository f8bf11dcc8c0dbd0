import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db';
import { listActsForWorkerToSign } from '@/lib/acts/page-worker-acts';
import { requirePageActor } from '@/lib/auth/access';
import { displayMonth } from '@/lib/i18n/format';
import { pageLocale } from '@/lib/i18n/page-locale';
import { formatMinutes } from '@/lib/minutes';
import { listJournalOrders } from '@/lib/journals/queries';
import { getActorProvider } from '@/lib/providers/queries';
import { JournalOrders } from '../journal/journal-orders';
import { ProviderSummary } from '../provider-summary';

export async function generateMetadata() {
  const t = await getTranslations('worker');
  return { title: t('title') };
}

/** The worker's home: the acts awaiting their signature, and the orders of the service they render, each opening its journal. */
export default async function WorkerHomePage() {
  const actor = await requirePageActor('cabinet.worker');
  const t = await getTranslations('worker');
  const tj = await getTranslations('journal');
  const ta = await getTranslations('workerActs');
  const db = getDb();
  const [provider, orders, locale, actsToSign] = await Promise.all([getActorProvider(db, actor), listJournalOrders(db, actor), pageLocale(), listActsForWorkerToSign(db, actor)]);
  return (
    <div className="space-y-6">
      <PageHeader title={t('title')}>{t('intro')}</PageHeader>
      <section aria-labelledby="acts-heading" className={`space-y-3 rounded bg-white p-5 ${actsToSign.length ? 'border-2 border-brand-700' : 'border border-slate-300'}`}>
        <h2 id="acts-heading" className="text-xl font-semibold">
          {ta('heading')}
        </h2>
        {actsToSign.length === 0 ? (
          <p>{ta('none')}</p>
        ) : (
          <>
            <p className="text-slate-700">{ta('intro')}</p>
            <ul className="space-y-3">
              {actsToSign.map((act) => (
                <li key={act.documentId} className="rounded border border-slate-300 p-4">
                  <p>
                    <Link href={`/documents/${act.documentId}`} className="text-lg font-semibold underline">
                      {ta('open', { recipient: act.recipientName, month: displayMonth(act.period, locale) })}
                    </Link>
                  </p>
                  <p>{ta('line', { service: tj(`services.${act.service}`), hours: formatMinutes(act.minutes) })}</p>
                  <p className="text-sm text-slate-700 break-all">{ta('number', { number: act.number })}</p>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
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
