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
import { orderDocumentIds, orderView, timelineView } from '@/lib/orders/order-view';
import { orderNames, signedBy } from '@/lib/orders/order-page-data';
import { findOrderForActor } from '@/lib/orders/queries';
import { fulfilmentKindOf } from '@/lib/orders/rules';
import { orderTimeline } from '@/lib/orders/timeline';
import type { ClassifierCategory } from '@/db/schema';
import { ReceiptForm } from './receipt-form';

export async function generateMetadata() {
  const t = await getTranslations('recipientOrders');
  return { title: t('detailTitle') };
}

/** One order as its recipient (or representative) sees it, with the next step they can take. */
export default async function RecipientOrderPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor('orders.read');
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) notFound();
  const db = getDb();
  const order = await findOrderForActor(db, actor, id.data);
  if (!order) notFound();
  const t = await getTranslations('recipientOrders');
  const locale = await pageLocale();
  const docs = await orderDocumentIds(db, order.id);
  const view = orderView(order, docs);
  const names = await orderNames(db, order);
  const timeline = timelineView(await orderTimeline(db, order.id));
  const contractSignedByMe = docs.contract ? await signedBy(db, docs.contract, actor.userId) : false;
  const kind = fulfilmentKindOf(order.category as ClassifierCategory);
  const canConfirmReceipt = order.status === 'in_fulfilment' && kind !== 'hours' && (kind === 'stay' || order.fulfilmentStep !== null) && order.placedByUserId === actor.userId;
  return (
    <div className="space-y-8">
      <BackLink href="/cabinet/orders" label={t('backToOrders')} />
      <PageHeader title={t('detailHeading', { number: order.number })} />
      <section aria-labelledby="next-heading" className="rounded border-2 border-brand-700 bg-white p-5">
        <h2 id="next-heading" className="mb-2 text-xl font-semibold">
          {t('nextStep')}
        </h2>
        {order.status === 'draft' && docs.application ? (
          <p>
            {t('draftExplained')}{' '}
            <Link className="font-semibold underline" href={`/documents/${docs.application}`}>
              {t('signApplication')}
            </Link>
          </p>
        ) : null}
        {order.status === 'submitted' ? <p>{t('submittedExplained')}</p> : null}
        {order.status === 'accepted' && docs.contract ? (
          contractSignedByMe ? (
            <p>{t('contractSignedWaiting')}</p>
          ) : (
            <p>
              {t('acceptedExplained')}{' '}
              <Link className="font-semibold underline" href={`/documents/${docs.contract}`}>
                {t('signContract')}
              </Link>
            </p>
          )
        ) : null}
        {order.status === 'in_fulfilment' && !canConfirmReceipt ? <p>{kind === 'hours' ? t('hoursExplained') : t('awaitingHandOver')}</p> : null}
        {kind === 'hours' && (order.status === 'in_fulfilment' || order.status === 'closed') ? (
          <p className="mt-2">
            <Link className="font-semibold underline" href={`/cabinet/journal/${order.id}`}>
              {t('journalLink')}
            </Link>
          </p>
        ) : null}
        {canConfirmReceipt ? <ReceiptForm orderId={order.id} /> : null}
        {order.status === 'refused' || order.status === 'expired' ? (
          <p>
            {t('chooseAgain')}{' '}
            <Link className="font-semibold underline" href="/cabinet/marketplace">
              {t('toMarketplace')}
            </Link>
          </p>
        ) : null}
        {['delivered', 'closed', 'returned'].includes(order.status) ? <p>{t(`finished_${order.status}` as 'finished_delivered')}</p> : null}
      </section>
      <section aria-labelledby="summary-heading">
        <h2 id="summary-heading" className="mb-3 text-xl font-semibold">
          {t('summary')}
        </h2>
        <OrderSummary order={view} itemName={names.itemName} providerName={names.providerName} recipientName={names.recipientName} locale={locale} at={now()} />
      </section>
      <section aria-labelledby="documents-heading">
        <h2 id="documents-heading" className="mb-3 text-xl font-semibold">
          {t('documents')}
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          {(['application', 'decision', 'contract', 'receipt'] as const).map((kind) =>
            docs[kind] ? (
              <li key={kind}>
                <Link className="underline" href={`/documents/${docs[kind]}`}>
                  {t(`document_${kind}`)}
                </Link>
                {kind === 'contract' ? (
                  <>
                    {' · '}
                    <a className="underline" href={`/api/v1/orders/${order.id}/contract.pdf`}>
                      {t('downloadPdf')}
                    </a>
                  </>
                ) : null}
              </li>
            ) : null,
          )}
        </ul>
      </section>
      <OrderTimeline events={timeline} />
    </div>
  );
}
