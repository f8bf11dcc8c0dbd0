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
import { actPageFacts, actSigningState } from '@/lib/acts/page-act';
import { actLinesOf, actReturnEvent, findActForActor } from '@/lib/acts/queries';
import { requirePageActor } from '@/lib/auth/access';
import { displayAlmatyDateTime, displayDate, displayMonth, displayTenge } from '@/lib/i18n/format';
import { pageLocale } from '@/lib/i18n/page-locale';
import { actsForRecipient } from '@/lib/orders/access';
import { RefuseActForm } from './refuse-form';

export async function generateMetadata() {
  const t = await getTranslations('recipientActs');
  return { title: t('title') };
}

/**
 * One act as the recipient (or their representative) reads it before signing: the hours and sums,
 * their co-payment, the sheet of every visit, who has signed; "Sign the act" when it is their
 * turn, and "Refuse to sign" with a reason while it awaits signatures.
 */
export default async function RecipientActPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor('cabinet.recipient');
  const t = await getTranslations('recipientActs');
  const tp = await getTranslations('providerActs');
  const tj = await getTranslations('journal');
  const locale = await pageLocale();
  const db = getDb();
  const id = z.uuid().safeParse((await params).id);
  const act = id.success && actsForRecipient(actor) ? await findActForActor(db, actor, id.data) : null;
  if (!act) notFound();
  const [lines, facts, signing, returned] = await Promise.all([actLinesOf(db, act.id), actPageFacts(db, act), actSigningState(db, act), actReturnEvent(db, act)]);
  const money = (amount: string) => displayTenge(amount, locale);
  const recipientSigner = signing?.signers.find((s) => s.side === 'recipient') ?? null;
  const mine = recipientSigner?.userId === actor.userId;
  const myTurn = act.status === 'signed_by_provider' && !act.recipientDeceased && mine && recipientSigner?.signedAt === null && signing?.document.status === 'awaiting_signatures';
  const mayRefuse = act.status === 'draft' || act.status === 'signed_by_provider';
  const refusedHere = act.status === 'returned' && returned?.by === 'recipient';
  const noCoPayment = act.coPayment === '0.00';
  return (
    <div className="space-y-8">
      <div>
        <BackLink href="/cabinet/acts" label={t('backToActs')} />
        <PageHeader title={signing?.content?.goods ? t('goodsActTitle', { item: signing.content.goods.name }) : t('actTitle', { month: displayMonth(act.period, locale), service: tj(`services.${act.service}`) })}>
          <DefinitionList
            items={[
              { term: tp('labels.status'), value: <ActStatusBadge status={act.status} /> },
              { term: t('labels.number'), value: <span className="break-all">{act.number}</span> },
              { term: t('labels.provider'), value: facts.providerName },
              { term: t('labels.forWhom'), value: facts.recipientName },
              { term: tp('labels.service'), value: tj(`services.${act.service}`) },
              act.service === 'goods'
                ? { term: tp('lines.receivedOn'), value: displayDate(act.periodFrom, locale) }
                : { term: tp('labels.period'), value: tp('labels.periodValue', { month: displayMonth(act.period, locale), from: displayDate(act.periodFrom, locale), to: displayDate(act.periodTo, locale) }) },
              { term: tp('labels.version'), value: String(act.version) },
            ]}
          />
        </PageHeader>
      </div>

      <section aria-labelledby="next-heading" className="space-y-3 rounded border-2 border-brand-700 bg-white p-5">
        <h2 id="next-heading" className="text-xl font-semibold">
          {t('next.heading')}
        </h2>
        {myTurn ? (
          <>
            <p>{act.service === 'goods' ? t('next.yourTurnGoods') : t('next.yourTurn')}</p>
            <p className="font-semibold">{noCoPayment ? t('next.noCoPayment', { reimbursed: money(act.reimbursed) }) : t('next.coPayment', { coPayment: money(act.coPayment), reimbursed: money(act.reimbursed) })}</p>
            <p>
              <Link href={`/documents/${act.documentId}`} className="inline-flex min-h-11 items-center rounded border-2 border-brand-700 bg-brand-700 px-4 py-2 font-semibold text-white">
                {t('next.signLink')}
              </Link>
            </p>
            <p>
              {t('next.orRefuse')}{' '}
              <a href="#refuse-heading" className="underline">
                {t('next.refuseLink')}
              </a>
            </p>
          </>
        ) : null}
        {act.status === 'draft' ? <p>{t('next.draft')}</p> : null}
        {act.status === 'signed_by_provider' && !myTurn ? <p>{act.recipientDeceased ? t('next.deceased') : t('next.otherSigner', { name: recipientSigner?.name ?? '—' })}</p> : null}
        {act.status === 'signed_by_recipient' ? <p>{mine ? t('next.signedByYou') : t('next.signed', { name: recipientSigner?.name ?? '—' })}</p> : null}
        {act.status === 'submitted' ? <p>{t('next.submitted')}</p> : null}
        {act.status === 'approved' ? <p>{t('next.approved')}</p> : null}
        {act.status === 'paid' ? <p>{t('next.paid')}</p> : null}
        {act.status === 'returned' ? (
          <p>{refusedHere ? t('next.refused', { date: displayAlmatyDateTime(returned.at, locale), reason: returned.reason ?? '—' }) : t('next.returnedByOffice')}</p>
        ) : null}
      </section>

      <section aria-labelledby="lines-heading" className="space-y-3">
        <h2 id="lines-heading" className="text-xl font-semibold">
          {act.service === 'goods' ? tp('lines.headingGoods') : tp('lines.heading')}
        </h2>
        <ActLinesTable id="act-lines" lines={lines} totals={{ minutes: act.minutes, total: act.total, reimbursed: act.reimbursed, coPayment: act.coPayment }} locale={locale} coPaymentLabel={t('coPaymentLabel')} goods={signing?.content?.goods} />
      </section>

      {signing?.content?.sheet ? <ActSheetTable id="act-sheet" sheet={signing.content.sheet} locale={locale} /> : null}

      <section aria-labelledby="signers-heading" className="space-y-3">
        <h2 id="signers-heading" className="text-xl font-semibold">
          {tp('signers.heading')}
        </h2>
        {signing ? <ActSignersList signers={signing.signers} recipientDeceased={act.recipientDeceased} locale={locale} /> : <p>{tp('signers.noDocument')}</p>}
      </section>

      {mayRefuse || refusedHere ? (
        <section aria-labelledby="refuse-heading" className="space-y-3 rounded border border-slate-300 bg-white p-5">
          <h2 id="refuse-heading" className="text-xl font-semibold">
            {t('refuse.heading')}
          </h2>
          {mayRefuse ? <p>{act.service === 'goods' ? t('refuse.introGoods') : t('refuse.intro')}</p> : null}
          <RefuseActForm actId={act.id} done={refusedHere ? t('refuse.done') : null} />
        </section>
      ) : null}

      <section aria-labelledby="documents-heading" className="space-y-2">
        <h2 id="documents-heading" className="text-xl font-semibold">
          {tp('documents.heading')}
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          {act.documentId ? (
            <li>
              <Link href={`/documents/${act.documentId}`} className="underline">
                {tp('documents.signed')}
              </Link>
            </li>
          ) : null}
          <li>
            <a href={`/api/v1/acts/${act.id}/pdf?lang=ru`} hrefLang="ru" className="underline">
              {tp('documents.pdfRu')}
            </a>
          </li>
          <li>
            <a href={`/api/v1/acts/${act.id}/pdf?lang=kk`} hrefLang="kk" className="underline">
              {tp('documents.pdfKk')}
            </a>
          </li>
        </ul>
      </section>
    </div>
  );
}
