import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { OrderStatusBadge } from '@/components/orders/order-status';
import { BackLink } from '@/components/ui/back-link';
import { Button } from '@/components/ui/button';
import { DefinitionList, PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db';
import { orderStatuses } from '@/db/schema';
import { requirePageActor } from '@/lib/auth/access';
import { now } from '@/lib/clock';
import { displayAlmatyDateTime } from '@/lib/i18n/format';
import { pageLocale } from '@/lib/i18n/page-locale';
import { officeDecisionRates } from '@/lib/orders/decision-rates';
import { listOrdersForActor } from '@/lib/orders/queries';

export async function generateMetadata() {
  const t = await getTranslations('officeOrders');
  return { title: t('title') };
}

const PAGE_SIZE = 25;
/** An office never sees drafts: they have not reached a provider. */
const shownStatus = z.enum(orderStatuses).exclude(['draft']);
const shownStatuses = shownStatus.options;

const querySchema = z.object({
  status: shownStatus.optional().catch(undefined),
  provider: z.uuid().optional().catch(undefined),
  cursor: z.string().max(200).optional().catch(undefined),
});

/** The orders of recipients living in the office's districts, newest first, with the decision deadline and whether it passed. */
export default async function OfficeOrdersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor('orders.oversee');
  const t = await getTranslations('officeOrders');
  const locale = await pageLocale();
  const raw = await searchParams;
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;
  const query = querySchema.parse({ status: first(raw.status), provider: first(raw.provider), cursor: first(raw.cursor) });
  const db = getDb();
  const [providersSeen, page] = await Promise.all([
    officeDecisionRates(db, actor),
    listOrdersForActor(db, actor, { status: query.status, providerId: query.provider, cursor: query.cursor, limit: PAGE_SIZE }),
  ]);
  const at = now();
  const filtered = query.status !== undefined || query.provider !== undefined;
  const href = (cursor?: string) => {
    const params = new URLSearchParams();
    if (query.status) params.set('status', query.status);
    if (query.provider) params.set('provider', query.provider);
    if (cursor) params.set('cursor', cursor);
    const text = params.toString();
    return `/office/orders${text ? `?${text}` : ''}`;
  };
  const tOrders = await getTranslations('orders');
  const rows = page.items.map(({ order, providerName, recipientName, itemName }) => {
    const pastDeadline = order.status === 'submitted' && order.deadlineAt !== null && order.deadlineAt.getTime() < at.getTime();
    return {
      order,
      providerName,
      recipientName,
      itemName,
      overdue: order.overdueAt !== null || pastDeadline,
      arrived: order.submittedAt ? displayAlmatyDateTime(order.submittedAt, locale) : '—',
      deadline: (
        <>
          {order.deadlineAt ? displayAlmatyDateTime(order.deadlineAt, locale) : '—'}
          {pastDeadline ? <span className="block text-sm font-semibold text-red-800">{t('deadlinePassed')}</span> : null}
        </>
      ),
    };
  });
  return (
    <div className="space-y-6">
      <BackLink href="/office" label={t('backToOffice')} />
      <PageHeader title={t('title')}>{t('intro')}</PageHeader>
      <form method="get" action="/office/orders" className="flex flex-wrap items-end gap-4 rounded border border-slate-300 bg-white p-4" aria-labelledby="filter-heading">
        <h2 id="filter-heading" className="sr-only">
          {t('filterHeading')}
        </h2>
        <div className="flex w-full flex-col gap-1 sm:w-auto">
          <label htmlFor="filter-status" className="font-semibold">
            {t('statusFilter')}
          </label>
          <select id="filter-status" name="status" defaultValue={query.status ?? ''} className="min-h-11 w-full rounded border-2 border-slate-500 bg-white px-3 py-2 sm:w-auto">
            <option value="">{t('anyStatus')}</option>
            {shownStatuses.map((s) => (
              <option key={s} value={s}>
                {tOrders(`status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="flex w-full flex-col gap-1 sm:w-auto">
          <label htmlFor="filter-provider" className="font-semibold">
            {t('providerFilter')}
          </label>
          <select id="filter-provider" name="provider" defaultValue={query.provider ?? ''} className="min-h-11 w-full rounded border-2 border-slate-500 bg-white px-3 py-2 sm:w-auto">
            <option value="">{t('anyProvider')}</option>
            {providersSeen.map((p) => (
              <option key={p.providerId} value={p.providerId}>
                {p.providerName}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit">{t('show')}</Button>
        {filtered ? (
          <Link href="/office/orders" className="min-h-11 py-2 underline">
            {t('clearFilters')}
          </Link>
        ) : null}
      </form>
      {page.items.length === 0 ? (
        <p>{query.cursor ? t('noMore') : filtered ? t('noneMatching') : t('none')}</p>
      ) : (
        <>
          {/* Narrow screens: one card per order; wider ones: the table. Only one is displayed, so a screen reader meets the orders once. */}
          <ul className="space-y-3 md:hidden" aria-label={query.cursor ? t('captionMore') : t('caption')}>
            {rows.map((r) => (
              <li key={r.order.id} className="rounded border border-slate-300 bg-white p-4">
                <h2 className="mb-2 text-lg font-semibold">
                  <Link href={`/office/orders/${r.order.id}`} className="underline">
                    {r.order.number}
                  </Link>
                </h2>
                <DefinitionList
                  items={[
                    { term: t('status'), value: <OrderStatusBadge status={r.order.status} overdue={r.overdue} /> },
                    { term: t('deadline'), value: r.deadline },
                    { term: t('arrived'), value: r.arrived },
                    { term: t('recipient'), value: r.recipientName },
                    { term: t('item'), value: r.itemName },
                    { term: t('provider'), value: r.providerName },
                  ]}
                />
              </li>
            ))}
          </ul>
          <div className="hidden overflow-x-auto md:block" role="region" aria-labelledby="orders-caption" tabIndex={0}>
            <table className="w-full border-collapse bg-white text-left">
              <caption id="orders-caption" className="p-2 text-left font-semibold">
                {query.cursor ? t('captionMore') : t('caption')}
              </caption>
              <thead>
                <tr className="border-b border-slate-400">
                  <th scope="col" className="p-2">{t('number')}</th>
                  <th scope="col" className="p-2">{t('arrived')}</th>
                  <th scope="col" className="p-2">{t('recipient')}</th>
                  <th scope="col" className="p-2">{t('item')}</th>
                  <th scope="col" className="p-2">{t('provider')}</th>
                  <th scope="col" className="p-2">{t('status')}</th>
                  <th scope="col" className="p-2">{t('deadline')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.order.id} className="border-b border-slate-200 align-top">
                    <th scope="row" className="p-2 font-normal whitespace-nowrap">
                      <Link href={`/office/orders/${r.order.id}`} className="font-semibold underline">
                        {r.order.number}
                      </Link>
                    </th>
                    <td className="p-2">{r.arrived}</td>
                    <td className="p-2">{r.recipientName}</td>
                    <td className="p-2">{r.itemName}</td>
                    <td className="p-2">{r.providerName}</td>
                    <td className="p-2">
                      <OrderStatusBadge status={r.order.status} overdue={r.overdue} />
                    </td>
                    <td className="p-2">{r.deadline}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <nav aria-label={t('paging')} className="flex flex-wrap gap-4">
        {query.cursor ? (
          <Link href={href()} className="underline">
            {t('firstPage')}
          </Link>
        ) : null}
        {page.nextCursor ? (
          <Link href={href(page.nextCursor)} className="font-semibold underline">
            {t('nextPage')}
          </Link>
        ) : null}
      </nav>
      <p>
        <Link href="/office/providers" className="underline">
          {t('toProviders')}
        </Link>
      </p>
    </div>
  );
}
