import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { OrderSummary } from '@/components/orders/order-summary';
import { OrderTimeline } from '@/components/orders/order-timeline';
import { Alert } from '@/components/ui/alert';
import { BackLink } from '@/components/ui/back-link';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db';
import type { ClassifierCategory, DocumentRow, OrderRow } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { requirePageActor } from '@/lib/auth/access';
import { now } from '@/lib/clock';
import { listDocumentSignatures } from '@/lib/documents/queries';
import { displayAlmatyDateTime } from '@/lib/i18n/format';
import { pageLocale } from '@/lib/i18n/page-locale';
import { ORDER_DOCUMENT_KINDS } from '@/lib/orders/order-documents';
import { latestOrderDocument, loadOrderParties } from '@/lib/orders/order-parties';
import { orderDocumentIds, orderView, timelineView } from '@/lib/orders/order-view';
import { findOrderForActor } from '@/lib/orders/queries';
import { fulfilmentKindOf, refusalReasonsFor } from '@/lib/orders/rules';
import { orderTimeline } from '@/lib/orders/timeline';
import type { Db } from '@/db/client';
import { DecisionForms } from './decision-forms';
import { FulfilmentStep } from './fulfilment-form';

export async function generateMetadata() {
  const t = await getTranslations('providerOrders');
  return { title: t('title') };
}

/** "application" → "Application": the catalog's kinds are lower-case for use inside sentences. */
const capitalised = (text: string, locale: string) => text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);

type T = Awaited<ReturnType<typeof getTranslations<'providerOrders'>>>;

/** Which decision a prepared (unsigned) decision document holds, read from its own bytes. */
function preparedDecision(document: DocumentRow): 'accept' | 'refuse' | null {
  const parsed = JSON.parse(new TextDecoder().decode(document.canonical)) as { content?: { decision?: { decision?: string } } };
  const decision = parsed.content?.decision?.decision;
  return decision === 'accept' || decision === 'refuse' ? decision : null;
}

/** The part of the page that fits the order's status: decide, sign the contract, or hand over. */
async function OrderActions({ db, actor, order, t }: { db: Db; actor: Actor; order: OrderRow; t: T }) {
  const kind = fulfilmentKindOf(order.category as ClassifierCategory);
  if (order.status === 'submitted') {
    const pending = await latestOrderDocument(db, order.id, ORDER_DOCUMENT_KINDS.decision);
    const awaiting = pending?.status === 'awaiting_signatures' ? pending : null;
    const decision = awaiting ? preparedDecision(awaiting) : null;
    const locale = await pageLocale();
    return (
      <section aria-labelledby="decide-heading" className="space-y-4">
        <h2 id="decide-heading" className="text-xl font-semibold">
          {t('decideHeading')}
        </h2>
        {order.deadlineAt ? <p>{t('decideIntro', { deadline: displayAlmatyDateTime(order.deadlineAt, locale) })}</p> : null}
        {awaiting ? (
          <Alert tone="info" title={t('pendingDecision', { decision: decision ? t(`decisions.${decision}`) : '—' })}>
            <p>
              <Link href={`/documents/${awaiting.id}`} className="font-semibold underline">
                {t('pendingDecisionLink')}
              </Link>
            </p>
            <p>{t('pendingDecisionReplace')}</p>
          </Alert>
        ) : null}
        <DecisionForms orderId={order.id} goods={kind === 'goods'} reasons={refusalReasonsFor(order.category as ClassifierCategory)} />
      </section>
    );
  }
  if (order.status === 'accepted') {
    const contract = await latestOrderDocument(db, order.id, ORDER_DOCUMENT_KINDS.contract);
    const signedByMe = contract ? (await listDocumentSignatures(db, contract.id)).some((s) => s.signerUserId === actor.userId) : false;
    return (
      <section aria-labelledby="contract-heading" className="space-y-3 rounded border border-slate-300 bg-white p-5">
        <h2 id="contract-heading" className="text-xl font-semibold">
          {t('contractHeading')}
        </h2>
        <p>{t('contractBoth')}</p>
        {!contract ? <p>{t('contractPreparing')}</p> : null}
        {contract && !signedByMe && contract.status === 'awaiting_signatures' ? (
          <p>
            <Link href={`/documents/${contract.id}`} className="inline-flex min-h-11 items-center rounded border-2 border-brand-700 bg-brand-700 px-4 py-2 font-semibold text-white">
              {t('signContract')}
            </Link>
          </p>
        ) : null}
        {signedByMe ? <p className="font-semibold">{t('contractSignedByYou')}</p> : null}
      </section>
    );
  }
  if (order.status === 'in_fulfilment' && kind !== 'stay') {
    const to = await getTranslations('orders');
    return (
      <section aria-labelledby="handover-heading" className="space-y-3 rounded border border-slate-300 bg-white p-5">
        <h2 id="handover-heading" className="text-xl font-semibold">
          {t('handOverHeading')}
        </h2>
        {kind === 'hours' ? <p>{t('hoursNote')}</p> : null}
        {kind === 'goods' && order.delivery ? (
          <FulfilmentStep
            orderId={order.id}
            step={order.delivery === 'delivery' ? 'shipped' : 'ready_for_pickup'}
            done={order.fulfilmentStep ? t('handOverDone', { step: to(`steps.${order.fulfilmentStep}`) }) : null}
          />
        ) : null}
      </section>
    );
  }
  return null;
}

/**
 * One of the provider's orders: what was ordered and for how much, what to do now (decide, sign
 * the contract, hand over), its documents and its history. Another provider's order, a draft or
 * an id that is not one is "not found": the query carries the provider, not the URL.
 */
export default async function ProviderOrderPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor('cabinet.provider');
  const t = await getTranslations('providerOrders');
  const to = await getTranslations('orders');
  const td = await getTranslations('documents');
  const locale = await pageLocale();
  const db = getDb();
  const id = z.uuid().safeParse((await params).id);
  const order = id.success ? await findOrderForActor(db, actor, id.data) : null;
  if (!order) notFound();
  const [docIds, parties, events] = await Promise.all([orderDocumentIds(db, order.id), loadOrderParties(db, order, { name: '', iin: '' }), orderTimeline(db, order.id)]);
  const view = orderView(order, docIds);
  const documentRows = (await Promise.all(
    (['application', 'decision', 'contract', 'receipt'] as const).map(async (key) => {
      const document = await latestOrderDocument(db, order.id, ORDER_DOCUMENT_KINDS[key]);
      return document ? { key, id: document.id, kind: document.kind, status: document.status, version: document.version } : null;
    }),
  )).filter((d) => d !== null);
  return (
    <div className="space-y-8">
      <div>
        <BackLink href="/provider/orders" label={t('backToOrders')} />
        <PageHeader title={t('orderTitle', { number: order.number })} />
        <OrderSummary order={view} itemName={parties.itemName} providerName={parties.provider.name} recipientName={parties.recipient.fullName} locale={locale} at={now()} />
      </div>
      <OrderActions db={db} actor={actor} order={order} t={t} />
      <section aria-labelledby="documents-heading">
        <h2 id="documents-heading" className="mb-3 text-xl font-semibold">
          {t('documentsHeading')}
        </h2>
        {documentRows.length === 0 ? (
          <p>{t('documentsNone')}</p>
        ) : (
          <ul className="space-y-2">
            {documentRows.map((d) => (
              <li key={d.id}>
                <Link href={`/documents/${d.id}`} className="font-semibold underline">
                  {capitalised(to(`documentKinds.${d.kind}` as 'documentKinds.order_application'), locale)}
                </Link>{' '}
                <span className="text-slate-700">
                  — {td('versionLine', { version: d.version, status: td(`statuses.${d.status}`) })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <OrderTimeline events={timelineView(events)} />
    </div>
  );
}
