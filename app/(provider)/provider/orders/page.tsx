import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { OrderStatusBadge } from '@/components/orders/order-status';
import { BackLink } from '@/components/ui/back-link';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db';
import type { OrderStatus } from '@/db/schema';
import { requirePageActor } from '@/lib/auth/access';
import { now } from '@/lib/clock';
import { displayAlmatyDateTime } from '@/lib/i18n/format';
import { pageLocale } from '@/lib/i18n/page-locale';
import { listOrdersForActor } from '@/lib/orders/queries';
import { isOverdue, timeLeftWords } from './deadline';

export async function generateMetadata() {
  const t = await getTranslations('providerOrders');
  return { title: t('title') };
}

const PAGE_SIZE = 25;

/** The statuses a provider can filter by, in the order an order moves through them (a provider never sees drafts). */
const FILTERS = ['submitted', 'accepted', 'in_fulfilment', 'delivered', 'closed', 'refused', 'expired', 'returned'] as const satisfies readonly OrderStatus[];

type Params = { status?: string | string[]; cursor?: string | string[] };
const single = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

const filterSchema = z.object({ status: z.enum(FILTERS).optional(), cursor: z.string().max(200).optional() });

function ordersHref(status: OrderStatus | undefined, cursor?: string): string {
  const query = new URLSearchParams();
  if (status) query.set('status', status);
  if (cursor) query.set('cursor', cursor);
  const text = query.toString();
  return text ? `/provider/orders?${text}` : '/provider/orders';
}

/**
 * The provider's orders, newest first, a page at a time: filter by status with links, and for
 * orders awaiting a decision the deadline with the time left, or "overdue" in words.
 */
export default async function ProviderOrdersPage({ searchParams }: { searchParams: Promise<Params> }) {
  const actor = await requirePageActor('cabinet.provider');
  const t = await getTranslations('providerOrders');
  const to = await getTranslations('orders');
  const locale = await pageLocale();
  const raw = await searchParams;
  // A hand-edited status or cursor that is not one just means the first page of all orders.
  const parsed = filterSchema.safeParse({ status: single(raw.status), cursor: single(raw.cursor) });
  const { status, cursor } = parsed.success ? parsed.data : { status: undefined, cursor: undefined };
  const page = await listOrdersForActor(getDb(), actor, { status, cursor, limit: PAGE_SIZE });
  const at = now();
  const filterLink = (value: OrderStatus | undefined, label: string) => (
    <Link
      href={ordersHref(value)}
      aria-current={status === value ? 'page' : undefined}
      className={`inline-flex min-h-11 items-center rounded border-2 px-3 py-1 ${status === value ? 'border-brand-700 bg-brand-700 font-bold text-white' : 'border-slate-400 bg-white underline'}`}
    >
      {label}
    </Link>
  );
  return (
    <div className="space-y-6">
      <div>
        <BackLink href="/provider" label={t('backToCabinet')} />
        <PageHeader title={t('title')}>{t('intro')}</PageHeader>
      </div>
      <nav aria-labelledby="filter-heading">
        <h2 id="filter-heading" className="mb-2 text-lg font-semibold">
          {t('filterLabel')}
        </h2>
        <ul className="flex flex-wrap gap-2">
          <li>{filterLink(undefined, t('all'))}</li>
          {FILTERS.map((s) => (
            <li key={s}>{filterLink(s, to(`status.${s}`))}</li>
          ))}
        </ul>
      </nav>
      {page.items.length === 0 ? (
        <p>{status ? t('emptyFiltered') : t('empty')}</p>
      ) : (
        <div className="overflow-x-auto rounded border border-slate-300 bg-white" role="region" aria-labelledby="orders-caption" tabIndex={0}>
          <table className="w-full min-w-[44rem] border-collapse text-left">
            <caption id="orders-caption" className="p-2 text-left font-semibold">
              {status ? t('captionFiltered', { status: to(`status.${status}`) }) : t('caption')}
            </caption>
            <thead>
              <tr className="border-b-2 border-slate-400">
                <th scope="col" className="p-2">{t('columns.number')}</th>
                <th scope="col" className="p-2">{t('columns.status')}</th>
                <th scope="col" className="p-2">{t('columns.deadline')}</th>
                <th scope="col" className="p-2">{t('columns.item')}</th>
                <th scope="col" className="p-2">{t('columns.recipient')}</th>
              </tr>
            </thead>
            <tbody>
              {page.items.map(({ order, itemName, recipientName }) => {
                const overdue = isOverdue(order, at);
                return (
                  <tr key={order.id} className="border-b border-slate-300 align-top">
                    <th scope="row" className="p-2 font-normal whitespace-nowrap">
                      <Link href={`/provider/orders/${order.id}`} className="font-semibold underline">
                        {order.number}
                      </Link>
                    </th>
                    <td className="p-2">
                      <OrderStatusBadge status={order.status} overdue={overdue} />
                    </td>
                    <td className="p-2">
                      {order.status === 'submitted' && order.deadlineAt ? (
                        <>
                          <span className="whitespace-nowrap">{displayAlmatyDateTime(order.deadlineAt, locale)}</span>
                          <br />
                          {overdue ? (
                            <strong className="text-red-800">
                              <span aria-hidden="true">⚠ </span>
                              {t('overdueMark')}
                            </strong>
                          ) : (
                            <span>{timeLeftWords(to, order.deadlineAt, at)}</span>
                          )}
                        </>
                      ) : (
                        '—'
                      )}
                    </td>
                    <td className="p-2">{itemName}</td>
                    <td className="p-2">{recipientName}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {cursor || page.nextCursor ? (
        <nav aria-label={t('pages')} className="flex flex-wrap gap-4">
          {cursor ? (
            <Link className="inline-flex min-h-11 items-center underline" href={ordersHref(status)}>
              <span aria-hidden="true">« </span>
              {t('newest')}
            </Link>
          ) : null}
          {page.nextCursor ? (
            <Link className="inline-flex min-h-11 items-center underline" href={ordersHref(status, page.nextCursor)} rel="next">
              {t('nextPage')}
              <span aria-hidden="true"> »</span>
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
