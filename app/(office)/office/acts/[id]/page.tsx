import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { durationText } from '@/components/journals/duration-text';
import { Alert } from '@/components/ui/alert';
import { BackLink } from '@/components/ui/back-link';
import { DefinitionList, PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db';
import { officeActPage, type OfficeActPage } from '@/lib/acts/page-office-acts';
import { actReturnReasons } from '@/lib/acts/return-reasons';
import { requirePageActor } from '@/lib/auth/access';
import { almatyDateOf } from '@/lib/calendar/local-date';
import { now } from '@/lib/clock';
import type { Locale } from '@/lib/i18n/config';
import { displayAlmatyDateTime, displayDate, displayMonth, displayTenge } from '@/lib/i18n/format';
import { localizedName } from '@/lib/i18n/localized-name';
import { pageLocale } from '@/lib/i18n/page-locale';
import { money } from '@/lib/money';
import { officeBudgetOfYear } from '@/lib/payments/page-office-payments';
import { ApproveForm, ReturnForm, type ReasonOption } from './review-forms';

export async function generateMetadata() {
  const t = await getTranslations('officeActs');
  return { title: t('act.title') };
}

type Translate = Awaited<ReturnType<typeof getTranslations<'officeActs'>>>;
type Flag = NonNullable<OfficeActPage['act']['reviewFlags']>[number];

const dateList = (value: string | number | undefined, locale: Locale) =>
  String(value ?? '')
    .split(',')
    .map((d) => d.trim())
    .filter(Boolean)
    .map((d) => (/^\d{4}-\d{2}-\d{2}$/.test(d) ? displayDate(d, locale) : d))
    .join(', ');

const tenge = (value: string | number | undefined, locale: Locale) => {
  const text = String(value ?? '');
  return /^-?\d{1,12}(\.\d{1,2})?$/.test(text) ? displayTenge(text, locale) : text;
};

/** What an automatic check found, in the reader's words, with its values formatted. */
function flagExplanation(t: Translate, tj: Awaited<ReturnType<typeof getTranslations<'journal'>>>, flag: Flag, locale: Locale): string {
  const v = flag.values;
  switch (flag.code) {
    case 'over_cap':
      return v.dates !== undefined ? t('flags.over_cap_days', { dates: dateList(v.dates, locale) }) : t('flags.over_cap_year', { year: String(v.year ?? ''), hours: durationText(tj, Number(v.minutes ?? 0)) });
    case 'outside_rights':
      return t('flags.outside_rights', { dates: dateList(v.dates, locale) });
    case 'region_not_served':
      return t('flags.region_not_served');
    case 'price_above_sum':
      return v.sum === '—' || v.sum === undefined ? t('flags.price_no_sum', { price: tenge(v.price, locale) }) : t('flags.price_above_sum', { price: tenge(v.price, locale), sum: tenge(v.sum, locale), coPayment: tenge(v.coPayment, locale) });
    case 'disputed_entry':
      return t('flags.disputed_entry', { dates: dateList(v.dates, locale) });
    default:
      return Object.entries(v)
        .map(([key, value]) => `${key}: ${value}`)
        .join('; ');
  }
}

/**
 * One act for the office: the automatic checks' findings first, then the act with its lines and
 * totals, the sheet as signed, the signatures and their verification, the recipient's IPR measures
 * in force, what the ledger posted, and, while it awaits review, approval (signed on the next
 * page) or return with reasons. Another office's act is not found.
 */
export default async function OfficeActPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string | string[] }> }) {
  const actor = await requirePageActor('acts.review');
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) notFound();
  const db = getDb();
  const view = await officeActPage(db, actor, id.data);
  if (!view) notFound();
  const t = await getTranslations('officeActs');
  const tj = await getTranslations('journal');
  const ta = await getTranslations('acts');
  const tv = await getTranslations('verify');
  const tpa = await getTranslations('providerActs');
  const locale = await pageLocale();
  const at = now();
  const { act } = view;
  const flags = act.reviewFlags ?? [];
  const done = (await searchParams).done;
  const year = Number(almatyDateOf(at).slice(0, 4));
  const budget = view.mayReview ? await officeBudgetOfYear(db, actor, year) : null;
  const budgetShort = budget !== null && money(budget.left).lessThan(money(act.reimbursed));
  const budgetNote = view.mayReview
    ? budget
      ? budgetShort
        ? t('review.budgetShort', { year, left: displayTenge(budget.left, locale), amount: displayTenge(act.reimbursed, locale) })
        : t('review.budgetLeft', { year, left: displayTenge(budget.left, locale) })
      : t('review.noBudget', { year })
    : null;
  const flaggedCodes = new Set(flags.map((f) => f.code));
  const reasons: ReasonOption[] = actReturnReasons.map((code) => ({ code, title: ta(`returnReasons.${code}.title`), fix: ta(`returnReasons.${code}.fix`), flagged: flaggedCodes.has(code) }));
  const waitingDays = Math.max(0, Math.floor((at.getTime() - view.statusChangedAt.getTime()) / 86_400_000));
  const serviceName = localizedName(view.serviceName, locale);
  const assistant = act.service === 'assistant';
  const goods = act.service === 'goods';
  // Pieces, or days of a stay: the item's unit as the signed act states it.
  const goodsUnits = (count: number) => (view.goods ? tpa(`units.${view.goods.unit}`, { count }) : tj('quantityUnits', { count }));
  const approval = act.ledger.find((l) => l.kind === 'approval');
  const payment = act.ledger.find((l) => l.kind === 'payment');

  return (
    <div className="space-y-8">
      <div>
        <BackLink href={act.status === 'submitted' ? '/office/acts' : `/office/acts?status=${act.status}`} label={t('act.backToList')} />
        <PageHeader title={t('act.heading', { number: act.number })}>
          <p className="text-lg">
            <span className="font-semibold">{t('act.statusLabel')}:</span> {t(`status.${act.status}`)}
            {act.status === 'submitted' ? ` · ${t('list.waitingDays', { days: waitingDays })}` : ` · ${displayAlmatyDateTime(view.statusChangedAt, locale)}`}
          </p>
        </PageHeader>
      </div>

      {done === 'returned' && act.status === 'returned' ? <Alert tone="success" title={t('review.returned')}>{t('review.returnedText')}</Alert> : null}
      {act.status === 'approved' ? <Alert tone="success" title={t('act.approvedTitle')}>{view.registry ? t('act.inRegistry', { number: view.registry.number }) : t('act.awaitingRegistry')}</Alert> : null}
      {act.status === 'paid' ? <Alert tone="success" title={t('act.paidTitle')}>{view.registry ? t('act.paidIn', { number: view.registry.number, date: view.registry.paidAt ? displayAlmatyDateTime(view.registry.paidAt, locale) : '—' }) : null}</Alert> : null}

      <section aria-labelledby="flags-heading" className={`rounded border-l-4 p-4 ${flags.length ? 'border-amber-700 bg-amber-50 text-amber-950' : 'border-green-700 bg-green-50 text-green-900'}`}>
        <h2 id="flags-heading" className="text-xl font-semibold">
          <span aria-hidden="true">{flags.length ? '⚠ ' : '✓ '}</span>
          {flags.length ? t('flags.heading', { count: flags.length }) : t('flags.none')}
        </h2>
        {flags.length ? (
          <>
            <p className="mt-1">{t('flags.intro')}</p>
            <ul className="mt-3 space-y-3">
              {flags.map((flag) => (
                <li key={flag.code}>
                  <p className="font-semibold">{(actReturnReasons as readonly string[]).includes(flag.code) ? ta(`returnReasons.${flag.code as (typeof actReturnReasons)[number]}.title`) : flag.code}</p>
                  <p>{flagExplanation(t, tj, flag, locale)}</p>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p className="mt-1">{t('flags.noneText')}</p>
        )}
      </section>

      {act.status === 'returned' && act.returnReasons ? (
        <section aria-labelledby="returned-heading" className="rounded border border-slate-300 bg-white p-4">
          <h2 id="returned-heading" className="mb-2 text-xl font-semibold">
            {t('act.returnedHeading')}
          </h2>
          <ul className="list-disc pl-6">
            {act.returnReasons.map((code) => (
              <li key={code}>{(actReturnReasons as readonly string[]).includes(code) ? ta(`returnReasons.${code as (typeof actReturnReasons)[number]}.title`) : code}</li>
            ))}
          </ul>
          {act.returnComment ? <p className="mt-2">{t('act.returnComment', { comment: act.returnComment })}</p> : null}
        </section>
      ) : null}

      <section aria-labelledby="summary-heading">
        <h2 id="summary-heading" className="mb-3 text-xl font-semibold">
          {t('act.summaryHeading')}
        </h2>
        <DefinitionList
          items={[
            { term: t('act.provider'), value: `${view.provider.name}, ${view.provider.bin ? t('act.bin', { value: view.provider.bin }) : t('act.iin', { value: view.provider.iin ?? '—' })}` },
            { term: t('act.paymentDetails'), value: `${view.provider.iban}, ${view.provider.bankName} (${view.provider.bik})` },
            { term: t('act.recipient'), value: `${view.recipient.fullName}, ${t('act.iin', { value: view.recipient.iin })}${act.recipientDeceased ? ` — ${t('act.deceased')}` : ''}` },
            { term: t('act.service'), value: serviceName },
            {
              term: t('act.order'),
              value: (
                <Link href={`/office/orders/${act.orderId}`} className="underline">
                  {view.orderNumber}
                </Link>
              ),
            },
            goods
              ? { term: t('goods.receivedOn'), value: displayDate(act.periodFrom, locale) }
              : { term: t('act.period'), value: `${displayMonth(act.period, locale)} (${displayDate(act.periodFrom, locale)} — ${displayDate(act.periodTo, locale)})` },
            { term: t('act.version'), value: String(act.version) },
            goods ? { term: t('act.quantity'), value: goodsUnits(act.quantity ?? 0) } : { term: t('act.hours'), value: durationText(tj, act.minutes) },
            { term: t('act.total'), value: displayTenge(act.total, locale) },
            { term: t('act.reimbursed'), value: <strong>{displayTenge(act.reimbursed, locale)}</strong> },
            { term: t('act.coPayment'), value: displayTenge(act.coPayment, locale) },
          ]}
        />
        <p className="mt-3 flex flex-wrap gap-x-6 gap-y-2">
          <a href={`/api/v1/acts/${act.id}/pdf?lang=ru`} className="underline" hrefLang="ru">
            {t('act.pdfRu')}
          </a>
          <a href={`/api/v1/acts/${act.id}/pdf?lang=kk`} className="underline" hrefLang="kk">
            {t('act.pdfKk')}
          </a>
          {act.documentId ? (
            <Link href={`/documents/${act.documentId}`} className="underline">
              {t('act.signedDocument')}
            </Link>
          ) : null}
        </p>
      </section>

      <section aria-labelledby="lines-heading">
        <h2 id="lines-heading" className="mb-3 text-xl font-semibold">
          {t('lines.heading')}
        </h2>
        <div className="overflow-x-auto rounded border border-slate-300 bg-white" role="region" aria-labelledby="lines-caption" tabIndex={0}>
          <table className="w-full min-w-[48rem] border-collapse text-left">
            <caption id="lines-caption" className="p-2 text-left font-semibold">
              {t('lines.caption')}
            </caption>
            <thead>
              <tr className="border-b-2 border-slate-400">
                <th scope="col" className="p-2">{goods ? t('lines.receivedOn') : t('lines.days')}</th>
                <th scope="col" className="p-2">{goods ? t('lines.quantity') : t('lines.hours')}</th>
                <th scope="col" className="p-2 text-right">{goods ? t('lines.priceUnit') : t('lines.price')}</th>
                <th scope="col" className="p-2 text-right">{goods ? t('lines.guaranteedSumUnit') : t('lines.guaranteedSum')}</th>
                <th scope="col" className="p-2 text-right">{goods ? t('lines.reimbursedPriceUnit') : t('lines.reimbursedPrice')}</th>
                <th scope="col" className="p-2 text-right">{t('lines.cost')}</th>
                <th scope="col" className="p-2 text-right">{t('lines.reimbursed')}</th>
              </tr>
            </thead>
            <tbody>
              {act.lines.map((line) => (
                <tr key={`${line.dateFrom}-${line.dateTo}`} className="border-b border-slate-300">
                  <th scope="row" className="p-2 font-normal">
                    {goods ? displayDate(line.dateFrom, locale) : `${displayDate(line.dateFrom, locale)} — ${displayDate(line.dateTo, locale)}`}
                  </th>
                  <td className="p-2">{(line.service === 'goods' ? goodsUnits(line.quantity ?? 0) : durationText(tj, line.minutes))}</td>
                  <td className="p-2 text-right whitespace-nowrap">{displayTenge(line.unitPrice, locale)}</td>
                  <td className="p-2 text-right whitespace-nowrap">{line.guaranteedSum ? displayTenge(line.guaranteedSum, locale) : t('lines.noSum')}</td>
                  <td className="p-2 text-right whitespace-nowrap">{displayTenge(line.reimbursedUnitPrice, locale)}</td>
                  <td className="p-2 text-right whitespace-nowrap">{displayTenge(line.cost, locale)}</td>
                  <td className="p-2 text-right whitespace-nowrap">{displayTenge(line.reimbursed, locale)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="border-t-2 border-slate-400 font-semibold">
                <th scope="row" className="p-2">
                  {t('lines.totals')}
                </th>
                <td className="p-2">{(act.service === 'goods' ? goodsUnits(act.quantity ?? 0) : durationText(tj, act.minutes))}</td>
                <td className="p-2" colSpan={3}>
                  {t('lines.coPayment', { amount: displayTenge(act.coPayment, locale) })}
                </td>
                <td className="p-2 text-right whitespace-nowrap">{displayTenge(act.total, locale)}</td>
                <td className="p-2 text-right whitespace-nowrap">{displayTenge(act.reimbursed, locale)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      </section>

      {view.goods ? (
        <section aria-labelledby="goods-heading">
          <h2 id="goods-heading" className="mb-1 text-xl font-semibold">
            {t('goods.heading')}
          </h2>
          <p className="mb-3 text-slate-700">{t('goods.intro')}</p>
          <DefinitionList
            items={[
              { term: t('goods.item'), value: [view.goods.name, view.goods.model].filter(Boolean).join(', ') },
              { term: t('goods.quantity'), value: goodsUnits(view.goods.quantity) },
              { term: t('goods.receivedOn'), value: displayDate(view.goods.receivedOn, locale) },
              ...(view.goods.deliveryAddress ? [{ term: t('goods.deliveryAddress'), value: view.goods.deliveryAddress }] : []),
              {
                term: t('goods.receipt'),
                value: (
                  <Link href={`/office/orders/${act.orderId}`} className="underline">
                    {t('goods.receiptLink', { number: view.orderNumber })}
                  </Link>
                ),
              },
            ]}
          />
        </section>
      ) : (
        <section aria-labelledby="sheet-heading">
          <h2 id="sheet-heading" className="mb-1 text-xl font-semibold">
            {assistant ? t('sheet.headingAssistant') : t('sheet.headingSign')}
          </h2>
          <p className="mb-3 text-slate-700">
            {t('sheet.intro')}{' '}
            <Link href={`/office/journal/${act.orderId}?month=${act.period}`} className="underline">
              {t('sheet.journalLink', { month: displayMonth(act.period, locale) })}
            </Link>
          </p>
          {view.sheet && view.sheet.rows.length ? (
            <div className="overflow-x-auto rounded border border-slate-300 bg-white" role="region" aria-labelledby="sheet-caption" tabIndex={0}>
              <table className="w-full min-w-[36rem] border-collapse text-left">
                <caption id="sheet-caption" className="p-2 text-left font-semibold">
                  {t('sheet.caption', { count: view.sheet.rows.length, hours: durationText(tj, view.sheet.rows.reduce((sum, r) => sum + r.minutes, 0)) })}
                </caption>
                <thead>
                  <tr className="border-b-2 border-slate-400">
                    <th scope="col" className="p-2">{t('sheet.date')}</th>
                    <th scope="col" className="p-2">{t('sheet.time')}</th>
                    <th scope="col" className="p-2">{t('sheet.hours')}</th>
                    <th scope="col" className="p-2">{assistant ? t('sheet.places') : t('sheet.mode')}</th>
                    <th scope="col" className="p-2">{t('sheet.worker')}</th>
                  </tr>
                </thead>
                <tbody>
                  {view.sheet.rows.map((row, i) => (
                    <tr key={`${row.date}-${row.start ?? i}-${i}`} className="border-b border-slate-300">
                      <th scope="row" className="p-2 font-normal whitespace-nowrap">
                        {displayDate(row.date, locale)}
                      </th>
                      <td className="p-2 whitespace-nowrap">{row.start && row.end ? `${row.start}–${row.end}` : '—'}</td>
                      <td className="p-2 whitespace-nowrap">{durationText(tj, row.minutes)}</td>
                      <td className="p-2">{assistant ? (row.places ?? '—') : row.mode ? tj(`modes.${row.mode}`) : '—'}</td>
                      <td className="p-2">{row.worker}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <p>{t('sheet.none')}</p>
          )}
        </section>
      )}

      <section aria-labelledby="signatures-heading">
        <h2 id="signatures-heading" className="mb-3 text-xl font-semibold">
          {t('signatures.heading')}
        </h2>
        {act.recipientDeceased ? <p className="mb-3">{t('signatures.deceased')}</p> : null}
        {view.signatures.length === 0 ? <p>{t('signatures.none')}</p> : null}
        <ul className="grid gap-3 md:grid-cols-2">
          {view.signatures.map((s) => (
            <li key={s.id} className="rounded border border-slate-300 bg-white p-4">
              <h3 className="font-semibold">
                {t(`signatures.roles.${s.role}`)}: {s.name}
              </h3>
              <p className={`my-2 font-semibold ${s.valid ? 'text-green-800' : 'text-red-800'}`}>
                <span aria-hidden="true">{s.valid ? '✓ ' : '⚠ '}</span>
                {s.valid ? t('signatures.valid') : t('signatures.invalid')}
              </p>
              {s.failedChecks.length ? <p className="mb-2 text-red-800">{t('signatures.failed', { checks: s.failedChecks.map((c) => (tv.has(`checkNames.${c}`) ? tv(`checkNames.${c}` as 'checkNames.digest') : c)).join(', ') })}</p> : null}
              <DefinitionList
                items={[
                  { term: t('signatures.iin'), value: s.bin ? `${s.iin} · ${t('act.bin', { value: s.bin })}` : s.iin },
                  { term: t('signatures.serial'), value: <code className="break-all">{s.certificateSerial ?? '—'}</code> },
                  { term: t('signatures.issuer'), value: s.certificateIssuer ?? '—' },
                  { term: t('signatures.time'), value: displayAlmatyDateTime(s.signingTime, locale) },
                ]}
              />
            </li>
          ))}
        </ul>
        {view.missingSigners > 0 ? <p className="mt-3 font-semibold">{t('signatures.missing', { count: view.missingSigners })}</p> : null}
      </section>

      <section aria-labelledby="ipr-heading">
        <h2 id="ipr-heading" className="mb-1 text-xl font-semibold">
          {t('ipr.heading')}
        </h2>
        <p className="mb-3 text-slate-700">{t('ipr.intro', { date: displayDate(view.measuresOn, locale) })}</p>
        {view.measures.length ? (
          <ul className="space-y-2">
            {view.measures.map((m) => (
              <li key={`${m.iprId}-${m.code}`} className={`rounded border bg-white p-3 ${m.ordered ? 'border-2 border-brand-700' : 'border-slate-300'}`}>
                <p className="font-semibold">
                  {localizedName(m, locale)}
                  {m.ordered ? <span className="ml-2 font-normal">({t('ipr.thisService')})</span> : null}
                </p>
                <p className="text-slate-800">
                  {[
                    t('ipr.number', { number: m.iprNumber }),
                    t('ipr.valid', { from: displayDate(m.validFrom, locale), to: displayDate(m.validTo, locale) }),
                    m.hoursPerDay ? t('ipr.hoursPerDay', { hours: m.hoursPerDay }) : null,
                    m.hoursPerYear ? t('ipr.hoursPerYear', { hours: m.hoursPerYear }) : null,
                    m.quantity && !m.hoursPerDay && !m.hoursPerYear ? t('ipr.quantity', { quantity: m.quantity }) : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <p className="font-semibold">
            <span aria-hidden="true">⚠ </span>
            {t('ipr.none')}
          </p>
        )}
        {view.recipient.lifeStatus !== 'active' && view.recipient.lifeStatusOn ? <p className="mt-2 font-semibold">{t(`ipr.lifeStatus.${view.recipient.lifeStatus === 'deceased' ? 'deceased' : 'departed'}`, { date: displayDate(view.recipient.lifeStatusOn, locale) })}</p> : null}
      </section>

      {act.status === 'approved' || act.status === 'paid' ? (
        <section aria-labelledby="ledger-heading">
          <h2 id="ledger-heading" className="mb-3 text-xl font-semibold">
            {t('ledger.heading')}
          </h2>
          <ul className="list-disc space-y-1 pl-6">
            {approval ? <li>{t('ledger.approval', { amount: displayTenge(approval.amount, locale) })}</li> : null}
            {payment ? <li>{t('ledger.payment', { amount: displayTenge(payment.amount, locale) })}</li> : null}
            {!approval && !payment ? <li>{t('ledger.nothing')}</li> : null}
          </ul>
          <p className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
            {view.approval.signedId ? (
              <Link href={`/documents/${view.approval.signedId}`} className="underline">
                {t('ledger.approvalDocument')}
              </Link>
            ) : null}
            <Link href="/office/payments" className="underline">
              {t('ledger.toPayments')}
            </Link>
          </p>
        </section>
      ) : null}

      {view.mayReview ? (
        <section aria-labelledby="review-heading" className="space-y-4">
          <h2 id="review-heading" className="text-xl font-semibold">
            {t('review.heading')}
          </h2>
          {view.approval.pending?.mine ? (
            <Alert tone="info" title={t('review.pendingTitle')}>
              <Link href={`/documents/${view.approval.pending.id}`} className="font-semibold underline">
                {t('review.pendingLink')}
              </Link>
            </Alert>
          ) : null}
          <div className="grid gap-4 md:grid-cols-2 md:items-start">
            <ApproveForm actId={act.id} amount={displayTenge(act.reimbursed, locale)} budgetNote={budgetNote} budgetShort={budgetShort} />
            <ReturnForm actId={act.id} reasons={reasons} />
          </div>
        </section>
      ) : null}
    </div>
  );
}
