import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { durationText } from '@/components/journals/duration-text';
import { Alert } from '@/components/ui/alert';
import { BackLink } from '@/components/ui/back-link';
import { Button } from '@/components/ui/button';
import { DefinitionList, PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db';
import { listActs, type ActListItem } from '@/lib/acts/list-acts';
import { officeActProviders } from '@/lib/acts/page-office-acts';
import { actListQuerySchema } from '@/lib/acts/schemas';
import { requirePageActor } from '@/lib/auth/access';
import { now } from '@/lib/clock';
import { displayAlmatyDateTime, displayMonth, displayTenge } from '@/lib/i18n/format';
import { pageLocale } from '@/lib/i18n/page-locale';
import { translateKey } from '@/lib/i18n/translator';
import { fieldErrorsFromZod } from '@/lib/i18n/zod-errors';
import { FieldError } from '@/components/ui/field-error';

export async function generateMetadata() {
  const t = await getTranslations('officeActs');
  return { title: t('list.title') };
}

const PAGE_SIZE = 25;
/** The queue and the office's history: what an office sees of acts (drafts and signing stay with the provider). */
const TABS = ['submitted', 'approved', 'returned', 'paid'] as const;
type Tab = (typeof TABS)[number];
const FILTERS = ['provider', 'service', 'period', 'minAmount', 'maxAmount', 'olderThanDays', 'flagged'] as const;
type Filter = (typeof FILTERS)[number];

type Params = Record<string, string | string[] | undefined>;
const single = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;
/** An amount as people type it: "10 000,50" is 10000.50. */
const amountText = (v: string | undefined) => v?.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.') || undefined;

/**
 * The office's review queue: submitted acts, oldest first, with filters (provider, service, month,
 * amount to reimburse from–to, waiting more than N days, flagged only) in a GET form that keeps
 * its values, a page at a time by cursor. Tabs show the approved, returned and paid acts, newest
 * first. A filter typed wrongly is named with its error in the reader's language and left out.
 */
export default async function OfficeActsPage({ searchParams }: { searchParams: Promise<Params> }) {
  const actor = await requirePageActor('acts.review');
  const t = await getTranslations('officeActs');
  const tj = await getTranslations('journal');
  const locale = await pageLocale();
  const raw = await searchParams;
  const tab: Tab = (TABS as readonly string[]).includes(single(raw.status) ?? '') ? (single(raw.status) as Tab) : 'submitted';
  const typed: Record<Filter, string | undefined> = {
    provider: single(raw.provider),
    service: single(raw.service),
    period: single(raw.period),
    minAmount: single(raw.minAmount),
    maxAmount: single(raw.maxAmount),
    olderThanDays: single(raw.olderThanDays),
    flagged: single(raw.flagged) === 'true' ? 'true' : undefined,
  };
  // Each filter on its own, so one typed wrongly does not drop the others.
  const errors: Partial<Record<Filter, string>> = {};
  const valid: Partial<Record<Filter, string>> = {};
  for (const name of FILTERS) {
    const value = name === 'minAmount' || name === 'maxAmount' ? amountText(typed[name]) : typed[name];
    if (value === undefined) continue;
    const parsed = actListQuerySchema.shape[name].safeParse(value);
    if (parsed.success) valid[name] = value;
    else errors[name] = name === 'olderThanDays' ? translateKey(locale, 'validation.act.days') : fieldErrorsFromZod(parsed.error).map((e) => translateKey(locale, e.message, e.values)).join(' ');
  }
  const cursor = single(raw.cursor);
  const query = actListQuerySchema.parse({ ...valid, status: tab, order: tab === 'submitted' ? 'oldest' : 'newest', cursor: cursor && cursor.length <= 200 ? cursor : undefined, limit: PAGE_SIZE });
  const db = getDb();
  const at = now();
  const [page, providerOptions] = await Promise.all([listActs(db, actor, query, at), officeActProviders(db, actor)]);
  const filtered = Object.values(typed).some((v) => v !== undefined);

  const href = (status: Tab, withFilters: boolean, nextCursor?: string) => {
    const params = new URLSearchParams();
    if (status !== 'submitted') params.set('status', status);
    if (withFilters) for (const name of FILTERS) if (typed[name] !== undefined) params.set(name, typed[name]!);
    if (nextCursor) params.set('cursor', nextCursor);
    const text = params.toString();
    return `/office/acts${text ? `?${text}` : ''}`;
  };
  const waiting = (item: ActListItem) => Math.max(0, Math.floor((at.getTime() - Date.parse(item.since)) / 86_400_000));
  const sinceText = (item: ActListItem) => (tab === 'submitted' ? t('list.waitingDays', { days: waiting(item) }) : displayAlmatyDateTime(new Date(item.since), locale));
  const flagsText = (item: ActListItem) =>
    item.flags > 0 ? (
      <span className="font-semibold text-amber-900">
        <span aria-hidden="true">⚠ </span>
        {t('list.flags', { count: item.flags })}
      </span>
    ) : (
      <span>
        <span aria-hidden="true">✓ </span>
        {t('list.noFlags')}
      </span>
    );
  const reviewLabel = (item: ActListItem) => (tab === 'submitted' ? t('list.review', { number: item.number }) : t('list.open', { number: item.number }));
  const caption = t(`list.caption.${tab}`);
  const inputClass = (error: string | undefined) => `min-h-11 w-full rounded border-2 px-3 py-2 sm:w-auto ${error ? 'border-red-700' : 'border-slate-500'} bg-white`;
  const described = (name: Filter, hint?: boolean) => [hint ? `filter-${name}-hint` : null, errors[name] ? `filter-${name}-error` : null].filter(Boolean).join(' ') || undefined;
  const errorText = (name: Filter) => <FieldError id={`filter-${name}-error`} message={errors[name]} />;

  return (
    <div className="space-y-6">
      <div>
        <BackLink href="/office" label={t('list.backToOffice')} />
        <PageHeader title={t('list.title')}>{t('list.intro')}</PageHeader>
      </div>

      <nav aria-labelledby="tabs-heading">
        <h2 id="tabs-heading" className="mb-2 text-lg font-semibold">
          {t('list.tabsHeading')}
        </h2>
        <ul className="flex flex-wrap gap-2">
          {TABS.map((s) => (
            <li key={s}>
              <Link
                href={href(s, true)}
                aria-current={tab === s ? 'page' : undefined}
                className={`inline-flex min-h-11 items-center rounded border-2 px-3 py-1 ${tab === s ? 'border-brand-700 bg-brand-700 font-bold text-white' : 'border-slate-400 bg-white underline'}`}
              >
                {t(`list.tabs.${s}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <form method="get" action="/office/acts" className="rounded border border-slate-300 bg-white p-4" aria-labelledby="filter-heading" noValidate>
        <h2 id="filter-heading" className="mb-3 text-lg font-semibold">
          {t('filters.heading')}
        </h2>
        {tab !== 'submitted' ? <input type="hidden" name="status" value={tab} /> : null}
        {Object.keys(errors).length ? (
          <div className="mb-3">
            <Alert tone="error" title={t('filters.invalid')}>
              {t('filters.invalidText')}
            </Alert>
          </div>
        ) : null}
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <div className="flex flex-col gap-1">
            <label htmlFor="filter-provider" className="font-semibold">
              {t('filters.provider')}
            </label>
            <select id="filter-provider" name="provider" defaultValue={typed.provider ?? ''} aria-describedby={described('provider')} aria-invalid={errors.provider ? true : undefined} className={inputClass(errors.provider)}>
              <option value="">{t('filters.anyProvider')}</option>
              {providerOptions.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
            {errorText('provider')}
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="filter-service" className="font-semibold">
              {t('filters.service')}
            </label>
            <select id="filter-service" name="service" defaultValue={typed.service ?? ''} aria-describedby={described('service')} aria-invalid={errors.service ? true : undefined} className={inputClass(errors.service)}>
              <option value="">{t('filters.anyService')}</option>
              <option value="assistant">{tj('services.assistant')}</option>
              <option value="sign_language">{tj('services.sign_language')}</option>
              <option value="goods">{tj('services.goods')}</option>
            </select>
            {errorText('service')}
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="filter-period" className="font-semibold">
              {t('filters.period')}
            </label>
            <p id="filter-period-hint" className="text-sm text-slate-700">
              {t('filters.periodHint')}
            </p>
            <input id="filter-period" name="period" type="month" defaultValue={typed.period ?? ''} placeholder="2026-01" aria-describedby={described('period', true)} aria-invalid={errors.period ? true : undefined} className={inputClass(errors.period)} />
            {errorText('period')}
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="filter-olderThanDays" className="font-semibold">
              {t('filters.olderThanDays')}
            </label>
            <p id="filter-olderThanDays-hint" className="text-sm text-slate-700">
              {t('filters.olderThanDaysHint')}
            </p>
            <input id="filter-olderThanDays" name="olderThanDays" type="text" inputMode="numeric" defaultValue={typed.olderThanDays ?? ''} aria-describedby={described('olderThanDays', true)} aria-invalid={errors.olderThanDays ? true : undefined} className={inputClass(errors.olderThanDays)} />
            {errorText('olderThanDays')}
          </div>
          <fieldset className="sm:col-span-2">
            <legend className="font-semibold">{t('filters.amount')}</legend>
            <p id="filter-amount-hint" className="text-sm text-slate-700">
              {t('filters.amountHint')}
            </p>
            <div className="mt-1 flex flex-wrap gap-4">
              <div className="flex flex-col gap-1">
                <label htmlFor="filter-minAmount">{t('filters.minAmount')}</label>
                <input id="filter-minAmount" name="minAmount" type="text" inputMode="decimal" defaultValue={typed.minAmount ?? ''} aria-describedby={['filter-amount-hint', errors.minAmount ? 'filter-minAmount-error' : null].filter(Boolean).join(' ')} aria-invalid={errors.minAmount ? true : undefined} className={inputClass(errors.minAmount)} />
                {errorText('minAmount')}
              </div>
              <div className="flex flex-col gap-1">
                <label htmlFor="filter-maxAmount">{t('filters.maxAmount')}</label>
                <input id="filter-maxAmount" name="maxAmount" type="text" inputMode="decimal" defaultValue={typed.maxAmount ?? ''} aria-describedby={['filter-amount-hint', errors.maxAmount ? 'filter-maxAmount-error' : null].filter(Boolean).join(' ')} aria-invalid={errors.maxAmount ? true : undefined} className={inputClass(errors.maxAmount)} />
                {errorText('maxAmount')}
              </div>
            </div>
          </fieldset>
          <div className="flex items-center gap-3 sm:col-span-2 sm:self-end">
            <input id="filter-flagged" name="flagged" type="checkbox" value="true" defaultChecked={typed.flagged === 'true'} className="h-6 w-6" />
            <label htmlFor="filter-flagged" className="min-h-11 content-center font-semibold">
              {t('filters.flagged')}
            </label>
          </div>
        </div>
        <div className="mt-4 flex flex-wrap items-center gap-4">
          <Button type="submit">{t('filters.show')}</Button>
          {filtered ? (
            <Link href={href(tab, false)} className="inline-flex min-h-11 items-center underline">
              {t('filters.clear')}
            </Link>
          ) : null}
        </div>
      </form>

      {page.items.length === 0 ? (
        <p>{cursor ? t('list.noMore') : filtered ? t('list.noneMatching') : t(`list.none.${tab}`)}</p>
      ) : (
        <>
          {/* Narrow screens: one card per act; wider ones: the table. Only one is displayed, so a screen reader meets each act once. */}
          <ul className="space-y-3 lg:hidden" aria-label={caption}>
            {page.items.map((item) => (
              <li key={item.id} className="rounded border border-slate-300 bg-white p-4">
                <h3 className="mb-2 text-lg font-semibold break-all">
                  <Link href={`/office/acts/${item.id}`} className="underline" aria-label={reviewLabel(item)}>
                    {item.number}
                  </Link>
                </h3>
                <DefinitionList
                  items={[
                    { term: t('columns.provider'), value: item.providerName },
                    { term: t('columns.recipient'), value: item.recipientName },
                    { term: t('columns.service'), value: tj(`services.${item.service}`) },
                    { term: t('columns.period'), value: displayMonth(item.period, locale) },
                    { term: t('columns.hours'), value: (item.service === 'goods' ? tj('quantityUnits', { count: item.quantity ?? 0 }) : durationText(tj, item.minutes)) },
                    { term: t('columns.reimbursed'), value: displayTenge(item.reimbursed, locale) },
                    { term: t(`columns.since.${tab}`), value: sinceText(item) },
                    { term: t('columns.flags'), value: flagsText(item) },
                  ]}
                />
              </li>
            ))}
          </ul>
          <div className="hidden overflow-x-auto rounded border border-slate-300 bg-white lg:block" role="region" aria-labelledby="acts-caption" tabIndex={0}>
            <table className="w-full border-collapse text-left">
              <caption id="acts-caption" className="p-2 text-left font-semibold">
                {caption}
              </caption>
              <thead>
                <tr className="border-b-2 border-slate-400">
                  <th scope="col" className="p-2">{t('columns.number')}</th>
                  <th scope="col" className="p-2">{t('columns.provider')}</th>
                  <th scope="col" className="p-2">{t('columns.recipient')}</th>
                  <th scope="col" className="p-2">{t('columns.service')}</th>
                  <th scope="col" className="p-2">{t('columns.period')}</th>
                  <th scope="col" className="p-2">{t('columns.hours')}</th>
                  <th scope="col" className="p-2 text-right">{t('columns.reimbursed')}</th>
                  <th scope="col" className="p-2">{t(`columns.since.${tab}`)}</th>
                  <th scope="col" className="p-2">{t('columns.flags')}</th>
                  <th scope="col" className="p-2">
                    <span className="sr-only">{t('columns.action')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {page.items.map((item) => (
                  <tr key={item.id} className="border-b border-slate-300 align-top">
                    <th scope="row" className="p-2 font-normal">
                      {item.number}
                    </th>
                    <td className="p-2">{item.providerName}</td>
                    <td className="p-2">{item.recipientName}</td>
                    <td className="p-2">{tj(`services.${item.service}`)}</td>
                    <td className="p-2 whitespace-nowrap">{displayMonth(item.period, locale)}</td>
                    <td className="p-2 whitespace-nowrap">{(item.service === 'goods' ? tj('quantityUnits', { count: item.quantity ?? 0 }) : durationText(tj, item.minutes))}</td>
                    <td className="p-2 text-right whitespace-nowrap">{displayTenge(item.reimbursed, locale)}</td>
                    <td className="p-2">{sinceText(item)}</td>
                    <td className="p-2">{flagsText(item)}</td>
                    <td className="p-2">
                      <Link href={`/office/acts/${item.id}`} className="font-semibold underline" aria-label={reviewLabel(item)}>
                        {tab === 'submitted' ? t('list.reviewShort') : t('list.openShort')}
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {cursor || page.nextCursor ? (
        <nav aria-label={t('list.paging')} className="flex flex-wrap gap-4">
          {cursor ? (
            <Link href={href(tab, true)} className="inline-flex min-h-11 items-center underline">
              {t('list.firstPage')}
            </Link>
          ) : null}
          {page.nextCursor ? (
            <Link href={href(tab, true, page.nextCursor)} className="inline-flex min-h-11 items-center font-semibold underline">
              {t('list.nextPage')}
            </Link>
          ) : null}
        </nav>
      ) : null}
      <p>
        <Link href="/office/payments" className="underline">
          {t('list.toPayments')}
        </Link>
      </p>
    </div>
  );
}
