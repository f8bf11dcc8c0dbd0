import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { ActStatusBadge } from '@/components/acts/act-status-badge';
import { BackLink } from '@/components/ui/back-link';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db';
import { actStatuses, type ActStatus } from '@/db/schema';
import { listActs } from '@/lib/acts/list-acts';
import { getMonthActsProgress } from '@/lib/acts/month-act-batches';
import { monthActsView } from '@/lib/acts/month-acts-view';
import { goodsOrdersAwaitingAct } from '@/lib/acts/page-goods-acts';
import { actListQuerySchema } from '@/lib/acts/schemas';
import { requirePageActor } from '@/lib/auth/access';
import { addMonths, almatyDateOf } from '@/lib/calendar/local-date';
import { now } from '@/lib/clock';
import { displayAlmatyDateTime, displayDate, displayMonth, displayTenge } from '@/lib/i18n/format';
import { pageLocale } from '@/lib/i18n/page-locale';
import { listJournalOrders } from '@/lib/journals/queries';
import { formatMinutes } from '@/lib/minutes';
import { FormActForm } from './form-act-form';
import { MonthActsPanel } from './month-acts-panel';
import { GoodsActsToForm } from './goods-acts-to-form';

export async function generateMetadata() {
  const t = await getTranslations('providerActs');
  return { title: t('title') };
}

const PAGE_SIZE = 25;
/** How far back the form offers months: a year, and the current month (an order that ended early may bill it). */
const MONTHS_OFFERED = 13;

type Params = { status?: string | string[]; cursor?: string | string[] };
const single = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;
const filterSchema = z.object({ status: z.enum(actStatuses).optional(), cursor: z.string().max(200).optional() });

function actsHref(status: ActStatus | undefined, cursor?: string): string {
  const query = new URLSearchParams();
  if (status) query.set('status', status);
  if (cursor) query.set('cursor', cursor);
  const text = query.toString();
  return text ? `/provider/acts?${text}` : '/provider/acts';
}

/**
 * The provider's acts of services rendered, newest first, a page at a time, filtered by status
 * with links; and the form that makes a new act from an order's journal for a month.
 */
export default async function ProviderActsPage({ searchParams }: { searchParams: Promise<Params> }) {
  const actor = await requirePageActor('acts.form');
  const t = await getTranslations('providerActs');
  const tj = await getTranslations('journal');
  const locale = await pageLocale();
  const db = getDb();
  const raw = await searchParams;
  // A hand-edited status or cursor that is not one just means the first page of all acts.
  const parsed = filterSchema.safeParse({ status: single(raw.status), cursor: single(raw.cursor) });
  const { status, cursor } = parsed.success ? parsed.data : { status: undefined, cursor: undefined };
  const [page, orders, goodsOrders] = await Promise.all([
    listActs(db, actor, actListQuerySchema.parse({ status, cursor, order: 'newest', limit: PAGE_SIZE }), now()),
    listJournalOrders(db, actor),
    goodsOrdersAwaitingAct(db, actor),
  ]);
  const thisMonth = almatyDateOf(now()).slice(0, 7);
  // The latest month-end batch ("form all acts of the month"), as far as it has gone.
  const batch = await getMonthActsProgress(db, actor, now());
  const months = Array.from({ length: MONTHS_OFFERED }, (_, i) => addMonths(`${thisMonth}-01`, -i).slice(0, 7)).map((value) => ({ value, label: displayMonth(value, locale) }));
  const formable = orders.map((o) => ({
    id: o.id,
    label: t(o.status === 'closed' ? 'form.orderOptionClosed' : 'form.orderOption', { recipient: o.recipientName, service: tj(`services.${o.category as 'assistant'}`), number: o.number }),
  }));
  const filterLink = (value: ActStatus | undefined, label: string) => (
    <Link
      href={actsHref(value)}
      aria-current={status === value ? 'page' : undefined}
      className={`inline-flex min-h-11 items-center rounded border-2 px-3 py-1 ${status === value ? 'border-brand-700 bg-brand-700 font-bold text-white' : 'border-slate-400 bg-white underline'}`}
    >
      {label}
    </Link>
  );
  return (
    <div className="space-y-8">
      <div>
        <BackLink href="/provider" label={t('backToCabinet')} />
        <PageHeader title={t('title')}>{t('intro')}</PageHeader>
      </div>
      {formable.length === 0 ? (
        <section aria-labelledby="form-act-heading" className="rounded border border-slate-300 bg-white p-5">
          <h2 id="form-act-heading" className="mb-2 text-xl font-semibold">
            {t('form.heading')}
          </h2>
          <p>{t('form.noOrders')}</p>
        </section>
      ) : (
        <FormActForm orders={formable} months={months} defaultMonth={months[1]!.value} />
      )}
      {goodsOrders.length > 0 ? (
        <GoodsActsToForm
          orders={goodsOrders.map((o) => ({
            id: o.id,
            number: o.number,
            recipientName: o.recipientName,
            item: [o.itemName, o.itemModel].filter(Boolean).join(', '),
            quantity: o.quantity,
            receivedOn: displayDate(almatyDateOf(o.receivedAt), locale),
          }))}
        />
      ) : null}
      {formable.length > 0 || batch ? <MonthActsPanel months={months} defaultMonth={months[1]!.value} view={batch ? monthActsView(batch, locale) : null} /> : null}
      <section aria-labelledby="acts-heading" className="space-y-4">
        <h2 id="acts-heading" className="text-xl font-semibold">
          {t('listHeading')}
        </h2>
        <nav aria-labelledby="filter-heading">
          <h3 id="filter-heading" className="mb-2 text-lg font-semibold">
            {t('filterLabel')}
          </h3>
          <ul className="flex flex-wrap gap-2">
            <li>{filterLink(undefined, t('all'))}</li>
            {actStatuses.map((s) => (
              <li key={s}>{filterLink(s, t(`statusShort.${s}`))}</li>
            ))}
          </ul>
        </nav>
        {page.items.length === 0 ? (
          <p>{status ? t('emptyFiltered') : t('empty')}</p>
        ) : (
          <div className="overflow-x-auto rounded border border-slate-300 bg-white" role="region" aria-labelledby="acts-caption" tabIndex={0}>
            <table className="w-full min-w-[56rem] border-collapse text-left">
              <caption id="acts-caption" className="p-2 text-left font-semibold">
                {status ? t('captionFiltered', { status: t(`statusShort.${status}`) }) : t('caption')}
              </caption>
              <thead>
                <tr className="border-b-2 border-slate-400 align-bottom">
                  <th scope="col" className="p-2">{t('columns.number')}</th>
                  <th scope="col" className="p-2">{t('columns.status')}</th>
                  <th scope="col" className="p-2">{t('columns.period')}</th>
                  <th scope="col" className="p-2">{t('columns.recipient')}</th>
                  <th scope="col" className="p-2">{t('columns.service')}</th>
                  <th scope="col" className="p-2 text-right">{t('columns.hours')}</th>
                  <th scope="col" className="p-2 text-right">{t('columns.reimbursed')}</th>
                  <th scope="col" className="p-2">{t('columns.since')}</th>
                </tr>
              </thead>
              <tbody>
                {page.items.map((act) => (
                  <tr key={act.id} className="border-b border-slate-300 align-top">
                    <th scope="row" className="p-2 font-normal">
                      <Link href={`/provider/acts/${act.id}`} className="font-semibold underline break-all">
                        {act.number}
                      </Link>
                    </th>
                    <td className="p-2">
                      <ActStatusBadge status={act.status} />
                      {act.flags > 0 ? <p className="mt-1 text-sm">{t('flagsCount', { count: act.flags })}</p> : null}
                    </td>
                    <td className="p-2 whitespace-nowrap">{displayMonth(act.period, locale)}</td>
                    <td className="p-2">{act.recipientName}</td>
                    <td className="p-2">{tj(`services.${act.service}`)}</td>
                    <td className="p-2 text-right tabular-nums">{(act.service === 'goods' ? tj('quantityUnits', { count: act.quantity ?? 0 }) : formatMinutes(act.minutes))}</td>
                    <td className="p-2 text-right tabular-nums whitespace-nowrap">{displayTenge(act.reimbursed, locale)}</td>
                    <td className="p-2 whitespace-nowrap">{displayAlmatyDateTime(new Date(act.since), locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {cursor || page.nextCursor ? (
          <nav aria-label={t('pages')} className="flex flex-wrap gap-4">
            {cursor ? (
              <Link className="inline-flex min-h-11 items-center underline" href={actsHref(status)}>
                <span aria-hidden="true">« </span>
                {t('newest')}
              </Link>
            ) : null}
            {page.nextCursor ? (
              <Link className="inline-flex min-h-11 items-center underline" href={actsHref(status, page.nextCursor)} rel="next">
                {t('nextPage')}
                <span aria-hidden="true"> »</span>
              </Link>
            ) : null}
          </nav>
        ) : null}
      </section>
    </div>
  );
}
