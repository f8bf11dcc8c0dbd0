import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { ActLinesTable } from '@/components/acts/act-lines-table';
import { ActSheetTable } from '@/components/acts/act-sheet-table';
import { ActSignersList } from '@/components/acts/act-signers-list';
import { ActStatusBadge } from '@/components/acts/act-status-badge';
import { BackLink } from '@/components/ui/back-link';
import { DefinitionList, PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db';
import { actPageFacts, actSigningState, actVersions } from '@/lib/acts/page-act';
import { actResponseOf, actReturnEvent, findActForActor } from '@/lib/acts/queries';
import { requirePageActor } from '@/lib/auth/access';
import type { Locale } from '@/lib/i18n/config';
import { displayAlmatyDateTime, displayDate, displayMonth, displayTenge } from '@/lib/i18n/format';
import { pageLocale } from '@/lib/i18n/page-locale';
import { formatMinutes } from '@/lib/minutes';
import { NextVersionForm } from './next-version-form';
import { SubmitActForm } from './submit-act-form';

export async function generateMetadata() {
  const t = await getTranslations('providerActs');
  return { title: t('title') };
}

type T = Awaited<ReturnType<typeof getTranslations<'providerActs'>>>;

/** "2026-11-03, 2026-11-04" as dates in the reader's words. */
const datesInWords = (dates: string | number | undefined, locale: Locale) =>
  String(dates ?? '')
    .split(',')
    .map((d) => d.trim())
    .filter(Boolean)
    .map((d) => (/^\d{4}-\d{2}-\d{2}$/.test(d) ? displayDate(d, locale) : d))
    .join(', ');

/** What an automatic check found, in words: the days, the year's hours or the prices it concerns. */
function flagDetail(t: T, flag: { code: string; values: Record<string, string | number> }, locale: Locale): string | null {
  const v = flag.values;
  switch (flag.code) {
    case 'over_cap':
      return v.dates !== undefined ? t('flags.overCapDays', { dates: datesInWords(v.dates, locale) }) : t('flags.overCapYear', { year: String(v.year ?? ''), hours: typeof v.minutes === 'number' ? formatMinutes(v.minutes) : String(v.minutes ?? '') });
    case 'outside_rights':
    case 'disputed_entry':
      return t('flags.days', { dates: datesInWords(v.dates, locale) });
    case 'price_above_sum':
      return t('flags.priceAboveSum', {
        price: typeof v.price === 'string' ? displayTenge(v.price, locale) : '—',
        sum: typeof v.sum === 'string' && v.sum !== '—' ? displayTenge(v.sum, locale) : t('lines.noSum'),
        coPayment: typeof v.coPayment === 'string' ? displayTenge(v.coPayment, locale) : '—',
      });
    default:
      return null;
  }
}

/**
 * One of the provider's acts: its lines and totals, who must sign and who has, what to do now
 * (sign, submit to the office, or form the next version of a returned act with the office's
 * reasons and how to fix them), the checks' flags, the payment and the printable copies.
 * Another provider's act, or an id that is not one, is "not found".
 */
export default async function ProviderActPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor('acts.form');
  const t = await getTranslations('providerActs');
  const ta = await getTranslations('acts');
  const tj = await getTranslations('journal');
  const locale = await pageLocale();
  const db = getDb();
  const id = z.uuid().safeParse((await params).id);
  const act = id.success ? await findActForActor(db, actor, id.data) : null;
  if (!act) notFound();
  const [view, facts, signing, returned, versions] = await Promise.all([actResponseOf(db, act), actPageFacts(db, act), actSigningState(db, act), actReturnEvent(db, act), actVersions(db, act)]);
  const content = signing?.content ?? null;
  const mine = signing?.signers.find((s) => s.userId === actor.userId);
  const mustSign = act.status === 'draft' && signing?.document.status === 'awaiting_signatures' && mine !== undefined && mine.signedAt === null;
  const waitingFor = (signing?.signers ?? []).filter((s) => s.signedAt === null && (act.status === 'draft' ? s.side === 'provider' : s.side === 'recipient'));
  const ready = act.status === 'signed_by_recipient' || (act.status === 'signed_by_provider' && act.recipientDeceased);
  const money = (amount: string) => displayTenge(amount, locale);
  const approved = view.ledger.filter((p) => p.kind === 'approval');
  const paid = view.ledger.filter((p) => p.kind === 'payment');
  return (
    <div className="space-y-8">
      <div>
        <BackLink href="/provider/acts" label={t('backToActs')} />
        <PageHeader title={t('actTitle', { number: act.number })}>
          <DefinitionList
            items={[
              { term: t('labels.status'), value: <ActStatusBadge status={act.status} /> },
              {
                term: t('labels.order'),
                value: (
                  <Link href={`/provider/orders/${act.orderId}`} className="underline">
                    {facts.orderNumber}
                  </Link>
                ),
              },
              { term: t('labels.recipient'), value: act.recipientDeceased ? t('labels.recipientDeceased', { name: facts.recipientName }) : facts.recipientName },
              { term: t('labels.service'), value: tj(`services.${act.service}`) },
              act.service === 'goods'
                ? { term: t('lines.receivedOn'), value: displayDate(act.periodFrom, locale) }
                : { term: t('labels.period'), value: t('labels.periodValue', { month: displayMonth(act.period, locale), from: displayDate(act.periodFrom, locale), to: displayDate(act.periodTo, locale) }) },
              { term: t('labels.version'), value: String(act.version) },
              { term: t('labels.formed'), value: displayAlmatyDateTime(act.createdAt, locale) },
            ]}
          />
        </PageHeader>
        {versions.previous || versions.next ? (
          <ul className="space-y-1">
            {versions.previous ? (
              <li>
                <Link href={`/provider/acts/${versions.previous.id}`} className="underline">
                  {t('versions.previous', { number: versions.previous.number })}
                </Link>
              </li>
            ) : null}
            {versions.next ? (
              <li>
                <Link href={`/provider/acts/${versions.next.id}`} className="font-semibold underline">
                  {t('versions.next', { number: versions.next.number })}
                </Link>
              </li>
            ) : null}
          </ul>
        ) : null}
      </div>

      <section aria-labelledby="next-heading" className="space-y-3 rounded border-2 border-brand-700 bg-white p-5">
        <h2 id="next-heading" className="text-xl font-semibold">
          {t('next.heading')}
        </h2>
        {act.status === 'draft' ? (
          mustSign ? (
            <>
              <p>{act.service === 'goods' ? t('next.draftSignGoods') : t('next.draftSign')}</p>
              <p>
                <Link href={`/documents/${act.documentId}`} className="inline-flex min-h-11 items-center rounded border-2 border-brand-700 bg-brand-700 px-4 py-2 font-semibold text-white">
                  {t('next.signLink')}
                </Link>
              </p>
            </>
          ) : (
            <p>{t(mine?.signedAt ? 'next.draftWaiting' : 'next.draftOthers', { names: waitingFor.map((s) => s.name).join(', ') || '—' })}</p>
          )
        ) : null}
        {act.status === 'signed_by_provider' && !act.recipientDeceased ? <p>{t('next.signedByProvider', { name: waitingFor.map((s) => s.name).join(', ') || facts.recipientName })}</p> : null}
        {act.status === 'signed_by_provider' && act.recipientDeceased ? <p>{t('next.deceasedReady')}</p> : null}
        {act.status === 'signed_by_recipient' ? <p>{t('next.signedByRecipient')}</p> : null}
        {ready || act.status === 'submitted' ? (
          <SubmitActForm
            actId={act.id}
            confirmText={t('submit.confirm', { number: act.number, amount: money(act.reimbursed) })}
            done={act.status === 'submitted' ? t('next.submitted') : null}
          />
        ) : null}
        {act.status === 'approved' ? <p>{t('next.approved', { amount: money(act.reimbursed) })}</p> : null}
        {act.status === 'paid' ? <p>{t('next.paid', { amount: money(act.reimbursed) })}</p> : null}
        {act.status === 'returned' ? (
          <>
            {returned?.by === 'recipient' ? (
              <p>{t('next.refusedByRecipient', { name: returned.actorName ?? facts.recipientName, reason: returned.reason ?? '—', date: displayAlmatyDateTime(returned.at, locale) })}</p>
            ) : (
              <p>{t('next.returnedByOffice')}</p>
            )}
            <p>
              <Link href={`/journal/${act.orderId}?month=${act.period}`} className="underline">
                {t('next.journalLink', { month: displayMonth(act.period, locale) })}
              </Link>
            </p>
            {versions.next ? (
              <p>
                <Link href={`/provider/acts/${versions.next.id}`} className="font-semibold underline">
                  {t('versions.next', { number: versions.next.number })}
                </Link>
              </p>
            ) : (
              <NextVersionForm orderId={act.orderId} period={act.period} />
            )}
          </>
        ) : null}
      </section>

      {act.status === 'returned' && act.returnReasons?.length ? (
        <section aria-labelledby="return-heading" className="space-y-3 rounded border border-slate-300 bg-white p-5">
          <h2 id="return-heading" className="text-xl font-semibold">
            {t('returned.heading')}
          </h2>
          <ul className="space-y-3">
            {act.returnReasons.map((code) => (
              <li key={code} className="border-l-4 border-red-700 pl-3">
                <p className="font-semibold">
                  <span aria-hidden="true">⚠ </span>
                  {ta(`returnReasons.${code}.title`)}
                </p>
                <p>
                  <span className="font-semibold">{t('returned.howToFix')}</span> {ta(`returnReasons.${code}.fix`)}
                </p>
              </li>
            ))}
          </ul>
          {act.returnComment ? (
            <DefinitionList items={[{ term: t('returned.comment'), value: act.returnComment }]} />
          ) : null}
        </section>
      ) : null}

      {act.reviewFlags !== null ? (
        <section aria-labelledby="flags-heading" className="space-y-3 rounded border border-slate-300 bg-white p-5">
          <h2 id="flags-heading" className="text-xl font-semibold">
            {t('flags.heading')}
          </h2>
          {act.reviewFlags.length === 0 ? (
            <p>
              <span aria-hidden="true">✓ </span>
              {t('flags.none')}
            </p>
          ) : (
            <>
              <p>{t('flags.intro')}</p>
              <ul className="space-y-2">
                {act.reviewFlags.map((flag) => {
                  const detail = flagDetail(t, flag, locale);
                  return (
                    <li key={flag.code} className="border-l-4 border-amber-600 pl-3">
                      <p className="font-semibold">
                        <span aria-hidden="true">! </span>
                        {ta(`returnReasons.${flag.code}.title`)}
                      </p>
                      {detail ? <p>{detail}</p> : null}
                    </li>
                  );
                })}
              </ul>
            </>
          )}
        </section>
      ) : null}

      <section aria-labelledby="lines-heading" className="space-y-3">
        <h2 id="lines-heading" className="text-xl font-semibold">
          {act.service === 'goods' ? t('lines.headingGoods') : t('lines.heading')}
        </h2>
        <ActLinesTable id="act-lines" lines={view.lines} totals={{ minutes: act.minutes, total: act.total, reimbursed: act.reimbursed, coPayment: act.coPayment }} locale={locale} goods={content?.goods} />
      </section>

      {content?.sheet ? <ActSheetTable id="act-sheet" sheet={content.sheet} locale={locale} /> : null}

      <section aria-labelledby="signers-heading" className="space-y-3">
        <h2 id="signers-heading" className="text-xl font-semibold">
          {t('signers.heading')}
        </h2>
        {signing ? <ActSignersList signers={signing.signers} recipientDeceased={act.recipientDeceased} locale={locale} /> : <p>{t('signers.noDocument')}</p>}
      </section>

      <section aria-labelledby="payment-heading" className="space-y-3 rounded border border-slate-300 bg-white p-5">
        <h2 id="payment-heading" className="text-xl font-semibold">
          {t('payment.heading')}
        </h2>
        {view.ledger.length === 0 ? (
          <p>{t('payment.none', { amount: money(act.reimbursed) })}</p>
        ) : (
          <>
            <DefinitionList
              items={[
                { term: t('payment.approved'), value: approved.length ? money(approved.at(-1)!.amount) : t('payment.notYet') },
                { term: t('payment.paid'), value: paid.length ? money(paid.at(-1)!.amount) : t('payment.notYet') },
              ]}
            />
            <h3 className="text-lg font-semibold">{t('payment.postings')}</h3>
            <ul className="list-disc space-y-1 pl-6">
              {view.ledger.map((p) => (
                <li key={p.transactionId}>{t(`payment.kinds.${p.kind}`, { amount: money(p.amount) })}</li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="documents-heading" className="space-y-2">
        <h2 id="documents-heading" className="text-xl font-semibold">
          {t('documents.heading')}
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          {act.documentId ? (
            <li>
              <Link href={`/documents/${act.documentId}`} className="underline">
                {t('documents.signed')}
              </Link>
            </li>
          ) : null}
          <li>
            <a href={`/api/v1/acts/${act.id}/pdf?lang=ru`} hrefLang="ru" className="underline">
              {t('documents.pdfRu')}
            </a>
          </li>
          <li>
            <a href={`/api/v1/acts/${act.id}/pdf?lang=kk`} hrefLang="kk" className="underline">
              {t('documents.pdfKk')}
            </a>
          </li>
        </ul>
      </section>
    </div>
  );
}
