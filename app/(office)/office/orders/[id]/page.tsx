import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { OrderSummary } from '@/components/orders/order-summary';
import { OrderTimeline } from '@/components/orders/order-timeline';
import { BackLink } from '@/components/ui/back-link';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db';
import { requirePageActor } from '@/lib/auth/access';
import { now } from '@/lib/clock';
import { pageLocale } from '@/lib/i18n/page-locale';
import { loadOrderParties } from '@/lib/orders/order-parties';
import { orderDocumentIds, orderView, timelineView } from '@/lib/orders/order-view';
import { findOrderForActor } from '@/lib/orders/queries';
import { orderTimeline } from '@/lib/orders/timeline';

export async function generateMetadata() {
  const t = await getTranslations('officeOrders');
  return { title: t('orderTitle') };
}

const documentKinds = ['application', 'decision', 'contract', 'receipt'] as const;

/** One order of the office's districts, read-only: what it is, where it stands, its history and its documents. */
export default async function OfficeOrderPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor('orders.oversee');
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) notFound();
  const db = getDb();
  const order = await findOrderForActor(db, actor, id.data);
  if (!order) notFound();
  const [docs, events, parties] = await Promise.all([orderDocumentIds(db, order.id), orderTimeline(db, order.id), loadOrderParties(db, order, { name: '', iin: '' })]);
  const view = orderView(order, docs);
  const t = await getTranslations('officeOrders');
  const locale = await pageLocale();
  const present = documentKinds.filter((k) => docs[k] !== null);
  const hasJournal = (order.category === 'assistant' || order.category === 'sign_language') && (order.status === 'in_fulfilment' || order.status === 'closed');
  return (
    <div className="space-y-8">
      <BackLink href="/office/orders" label={t('backToList')} />
      <PageHeader title={t('orderHeading', { number: order.number })}>{t('readOnly')}</PageHeader>
      <section aria-labelledby="summary-heading">
        <h2 id="summary-heading" className="sr-only">
          {t('summaryHeading')}
        </h2>
        <OrderSummary order={view} itemName={parties.itemName} providerName={parties.provider.name} recipientName={parties.recipient.fullName} locale={locale} at={now()} />
        <p className="mt-3">
          <Link href={`/providers/${order.providerId}`} className="underline">
            {t('providerPage', { name: parties.provider.name })}
          </Link>
        </p>
        {hasJournal ? (
          <p className="mt-2">
            <Link href={`/office/journal/${order.id}`} className="font-semibold underline">
              {t('journalLink')}
            </Link>
          </p>
        ) : null}
      </section>
      <section aria-labelledby="documents-heading">
        <h2 id="documents-heading" className="mb-3 text-xl font-semibold">
          {t('documentsHeading')}
        </h2>
        {present.length === 0 ? (
          <p>{t('noDocuments')}</p>
        ) : (
          <ul className="list-disc space-y-1 pl-6">
            {present.map((kind) => (
              <li key={kind}>
                <Link href={`/documents/${docs[kind]}`} className="underline">
                  {t(`documents.${kind}`)}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <OrderTimeline events={timelineView(events)} />
    </div>
  );
}
