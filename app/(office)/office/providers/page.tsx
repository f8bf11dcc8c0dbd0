import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { BackLink } from '@/components/ui/back-link';
import { Button } from '@/components/ui/button';
import { DefinitionList, PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db';
import { requirePageActor } from '@/lib/auth/access';
import { now } from '@/lib/clock';
import { byOnTimeRate, byRefusalRate, decisionTimeOf, officeDecisionRates, percentOf, type DecisionRates, type Ratio } from '@/lib/orders/decision-rates';

export async function generateMetadata() {
  const t = await getTranslations('officeOrders.providers');
  return { title: t('title') };
}

const periods = { '30': 30, '90': 90, '365': 365, all: null } as const;
const sorts = ['onTime', 'refusal', 'name'] as const;
const querySchema = z.object({
  period: z.enum(['30', '90', '365', 'all']).catch('365'),
  sort: z.enum(sorts).catch('onTime'),
});

const orderings = {
  onTime: byOnTimeRate,
  refusal: byRefusalRate,
  name: (a: DecisionRates, b: DecisionRates) => a.providerName.localeCompare(b.providerName, 'ru'),
};

/** How the providers serving the office's districts answer orders: on time, late, refused. */
export default async function OfficeProvidersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor('orders.oversee');
  const t = await getTranslations('officeOrders.providers');
  const tDuration = await getTranslations('officeOrders.providers.duration');
  const raw = await searchParams;
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const query = querySchema.parse({ period: first(raw.period), sort: first(raw.sort) });
  const days = periods[query.period];
  const from = days === null ? undefined : new Date(now().getTime() - days * 86_400_000);
  const rows = (await officeDecisionRates(getDb(), actor, { from })).sort(orderings[query.sort]);
  const percent = (r: Ratio | null) => (r ? t('percent', { value: percentOf(r), numerator: r.numerator, denominator: r.denominator }) : t('notYet'));
  const duration = (s: number | null) => {
    if (s === null) return t('notYet');
    const d = decisionTimeOf(s);
    return tDuration(d.unit, { count: d.value });
  };
  const caption = t('caption', { period: t(`periods.${query.period}`), sort: t(`sorts.${query.sort}`) });
  const sortState = (key: (typeof sorts)[number]) => (query.sort === key ? (key === 'refusal' || key === 'name' ? 'ascending' : 'descending') : undefined);
  return (
    <div className="space-y-6">
      <BackLink href="/office" label={t('backToOffice')} />
      <PageHeader title={t('title')}>{t('intro')}</PageHeader>
      <form method="get" action="/office/providers" className="flex flex-wrap items-end gap-4 rounded border border-slate-300 bg-white p-4">
        <div className="flex w-full flex-col gap-1 sm:w-auto">
          <label htmlFor="rates-period" className="font-semibold">
            {t('period')}
          </label>
          <select id="rates-period" name="period" defaultValue={query.period} className="min-h-11 w-full rounded border-2 border-slate-500 bg-white px-3 py-2 sm:w-auto">
            {(Object.keys(periods) as (keyof typeof periods)[]).map((p) => (
              <option key={p} value={p}>
                {t(`periods.${p}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="flex w-full flex-col gap-1 sm:w-auto">
          <label htmlFor="rates-sort" className="font-semibold">
            {t('sort')}
          </label>
          <select id="rates-sort" name="sort" defaultValue={query.sort} className="min-h-11 w-full rounded border-2 border-slate-500 bg-white px-3 py-2 sm:w-auto">
            {sorts.map((s) => (
              <option key={s} value={s}>
                {t(`sorts.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit">{t('show')}</Button>
      </form>
      <section aria-labelledby="how-heading">
        <h2 id="how-heading" className="text-xl font-semibold">
          {t('howHeading')}
        </h2>
        <p>{t('howText')}</p>
      </section>
      {rows.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <>
          {/* Narrow screens: one card per provider; wide ones: the table. Only one is displayed. */}
          <ul className="space-y-3 lg:hidden" aria-label={caption}>
            {rows.map((r) => (
              <li key={r.providerId} className="rounded border border-slate-300 bg-white p-4">
                <h2 className="mb-2 text-lg font-semibold">
                  <Link href={`/providers/${r.providerId}`} className="underline">
                    {r.providerName}
                  </Link>
                </h2>
                <DefinitionList
                  items={[
                    { term: t('onTimeRate'), value: percent(r.onTime) },
                    { term: t('refusalRate'), value: percent(r.refusal) },
                    { term: t('median'), value: duration(r.medianSeconds) },
                    { term: t('arrived'), value: String(r.arrived) },
                    { term: t('onTimeCount'), value: String(r.decidedOnTime) },
                    { term: t('lateCount'), value: String(r.decidedLate) },
                    { term: t('expired'), value: String(r.expired) },
                    { term: t('waiting'), value: r.waitingOverdue > 0 ? `${r.waiting} (${t('overdue', { count: r.waitingOverdue })})` : String(r.waiting) },
                    { term: t('refused'), value: String(r.refused) },
                  ]}
                />
              </li>
            ))}
          </ul>
        <div className="hidden overflow-x-auto lg:block" role="region" aria-labelledby="rates-caption" tabIndex={0}>
          <table className="w-full border-collapse bg-white text-left">
            <caption id="rates-caption" className="p-2 text-left font-semibold">
              {caption}
            </caption>
            <thead>
              <tr className="border-b border-slate-400 align-bottom">
                <th scope="col" className="p-2" aria-sort={sortState('name')}>{t('provider')}</th>
                <th scope="col" className="p-2 text-right">{t('arrived')}</th>
                <th scope="col" className="p-2 text-right">{t('onTimeCount')}</th>
                <th scope="col" className="p-2 text-right">{t('lateCount')}</th>
                <th scope="col" className="p-2 text-right">{t('expired')}</th>
                <th scope="col" className="p-2 text-right">{t('waiting')}</th>
                <th scope="col" className="p-2 text-right">{t('refused')}</th>
                <th scope="col" className="p-2 text-right" aria-sort={sortState('onTime')}>{t('onTimeRate')}</th>
                <th scope="col" className="p-2 text-right" aria-sort={sortState('refusal')}>{t('refusalRate')}</th>
                <th scope="col" className="p-2 text-right">{t('median')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.providerId} className="border-b border-slate-200 align-top">
                  <th scope="row" className="p-2 font-normal">
                    <Link href={`/providers/${r.providerId}`} className="font-semibold underline">
                      {r.providerName}
                    </Link>
                  </th>
                  <td className="p-2 text-right tabular-nums">{r.arrived}</td>
                  <td className="p-2 text-right tabular-nums">{r.decidedOnTime}</td>
                  <td className="p-2 text-right tabular-nums">{r.decidedLate}</td>
                  <td className="p-2 text-right tabular-nums">{r.expired}</td>
                  <td className="p-2 text-right tabular-nums">
                    {r.waiting}
                    {r.waitingOverdue > 0 ? <span className="block text-sm font-semibold text-red-800">{t('overdue', { count: r.waitingOverdue })}</span> : null}
                  </td>
                  <td className="p-2 text-right tabular-nums">{r.refused}</td>
                  <td className="p-2 text-right tabular-nums">{percent(r.onTime)}</td>
                  <td className="p-2 text-right tabular-nums">{percent(r.refusal)}</td>
                  <td className="p-2 text-right">{duration(r.medianSeconds)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        </>
      )}
      <p>
        <Link href="/office/orders" className="underline">
          {t('toOrders')}
        </Link>
      </p>
    </div>
  );
}
