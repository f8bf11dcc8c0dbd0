import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { DefinitionList, PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db';
import { requirePageActor } from '@/lib/auth/access';
import { almatyDateOf } from '@/lib/calendar/local-date';
import { now } from '@/lib/clock';
import { listDocumentsOfSigner } from '@/lib/documents/queries';
import { actsAwaitingRecipientSignature } from '@/lib/acts/page-act';
import { countRecipientOrders } from '@/lib/orders/queries';
import { measureBalances, type MeasureBalance } from '@/lib/entitlements/balance';
import { programmesOf, type ProgrammeValidity } from '@/lib/entitlements/programmes';
import { entitlementsOn } from '@/lib/entitlements/queries';
import { usageOn } from '@/lib/entitlements/usage';
import type { Locale } from '@/lib/i18n/config';
import { displayAlmatyDateTime, displayDate } from '@/lib/i18n/format';
import { localizedName } from '@/lib/i18n/localized-name';
import { pageLocale } from '@/lib/i18n/page-locale';
import { MINUTES_PER_HOUR } from '@/lib/minutes';
import { listCabinetNotices, NOTICES_SHOWN } from '@/lib/notifications/cabinet-notices';
import { resolveCabinetRecipient } from '@/lib/recipients/queries';
import { NoticeList } from './notice-list';

export async function generateMetadata() {
  const t = await getTranslations('cabinet');
  return { title: t('title') };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
type T = Awaited<ReturnType<typeof getTranslations<'cabinet'>>>;

function duration(t: T, minutes: number): string {
  return t('balance.time', { hours: Math.floor(minutes / MINUTES_PER_HOUR), minutes: String(minutes % MINUTES_PER_HOUR).padStart(2, '0') });
}

function programmeStateText(t: T, p: ProgrammeValidity, locale: Locale): string {
  switch (p.state) {
    case 'in_force':
      return p.lastDay ? t('ipr.states.in_force_until', { date: displayDate(p.lastDay, locale) }) : t('ipr.states.in_force');
    case 'not_yet':
      return t('ipr.states.not_yet', { date: displayDate(p.validFrom, locale) });
    case 'expired':
      return t('ipr.states.expired', { date: displayDate(p.validTo, locale) });
    case 'ended_early':
      return t('ipr.states.ended_early', { date: displayDate(p.lastDay ?? p.validTo, locale) });
    case 'replaced':
      return t('ipr.states.replaced', { date: displayDate(p.lastDay ?? p.validTo, locale) });
  }
}

/** Entitled / used / left of one measure, in words. */
function balanceWords(t: T, b: MeasureBalance, locale: Locale): { entitled: string; used: string; left: string } {
  if (b.kind === 'items') {
    const amount = (count: number) => (b.unit === 'day' ? t('balance.days', { count }) : t('balance.pieces', { count }));
    return {
      entitled: amount(b.entitled),
      used: t('balance.itemsUsed', { ordered: amount(b.ordered), received: amount(b.received) }),
      left: b.left === 0 ? t('balance.usedUp') : amount(b.left),
    };
  }
  if (b.kind === 'minutes_per_day') {
    const perDay = duration(t, b.entitledMinutes);
    return {
      entitled: b.endsOn ? t('balance.perDayUntil', { time: perDay, date: displayDate(b.endsOn, locale) }) : t('balance.perDay', { time: perDay }),
      used: t('balance.today', { time: duration(t, b.usedMinutes) }),
      left: b.leftMinutes === 0 ? t('balance.usedUp') : t('balance.today', { time: duration(t, b.leftMinutes) }),
    };
  }
  return {
    entitled: t('balance.perYear', { time: duration(t, b.entitledMinutes) }),
    used: t('balance.inYear', { time: duration(t, b.usedMinutes), year: b.year }),
    left: b.leftMinutes === 0 ? t('balance.usedUp') : t('balance.inYear', { time: duration(t, b.leftMinutes), year: b.year }),
  };
}

/**
 * The recipient's cabinet: one recipient at a time (a representative picks whom among those
 * they represent). What the IPR grants today and what is left of it, the IPR's validity, orders,
 * documents and notices. Whose cabinet opens is decided by resolveCabinetRecipient alone.
 */
export default async function RecipientCabinetPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor('cabinet.recipient');
  const t = await getTranslations('cabinet');
  const td = await getTranslations('documents');
  const ta = await getTranslations('recipientActs');
  const locale = await pageLocale();
  const db = getDb();
  const requested = (await searchParams).recipient;
  const requestedId = z.uuid().safeParse(Array.isArray(requested) ? requested[0] : requested);
  if (requested !== undefined && !requestedId.success) notFound();
  const { people, chosen } = await resolveCabinetRecipient(db, actor, requestedId.success ? requestedId.data : undefined);
  if (requested !== undefined && !chosen) notFound();
  const representative = actor.role === 'representative';
  if (!chosen) {
    return (
      <div>
        <PageHeader title={t('title')}>{representative ? t('representativeIntro') : t('intro')}</PageHeader>
        <p>{t('nobody')}</p>
      </div>
    );
  }

  const today = almatyDateOf(now());
  const [entitlements, usage, programmes, noticeList, documents, orderCount, actsToSign] = await Promise.all([
    entitlementsOn(db, chosen.id, today),
    usageOn(db, chosen.id, today),
    programmesOf(db, chosen.id, today),
    listCabinetNotices(db, actor, chosen.id, locale),
    listDocumentsOfSigner(db, actor),
    countRecipientOrders(db, actor, chosen.id),
    actsAwaitingRecipientSignature(db, actor).then((list) => list.filter((a) => a.recipientId === chosen.id)),
  ]);
  const balances = measureBalances(entitlements, usage, today);
  const names = new Map(entitlements.map((e) => [`${e.iprNumber}/${e.code}`, localizedName(e, locale)]));
  const basis = 'basis' in chosen ? chosen.basis : null;
  const cabinetHref = (id: string) => `/cabinet?recipient=${id}`;
  const marketplaceHref = people.length > 1 ? `/cabinet/marketplace?recipient=${chosen.id}` : '/cabinet/marketplace';

  return (
    <div className="space-y-6">
      <PageHeader title={t('title')}>
        {representative ? t('actingFor', { name: chosen.fullName }) : t('intro')}
        {noticeList.unread > 0 ? (
          <p className="mt-2">
            <a href="#notices" className="font-semibold underline">
              {t('unreadSummary', { count: noticeList.unread })}
            </a>
          </p>
        ) : null}
      </PageHeader>

      {people.length > 1 ? (
        <nav aria-label={t('forWhom')}>
          <ul className="flex flex-wrap gap-3">
            {people.map((p) => (
              <li key={p.id}>
                <Link href={cabinetHref(p.id)} aria-current={p.id === chosen.id ? 'page' : undefined} className={`underline ${p.id === chosen.id ? 'font-bold' : ''}`}>
                  {p.fullName}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}

      <section aria-labelledby="person-heading" className="rounded border border-slate-300 bg-white p-5">
        <h2 id="person-heading" className="mb-3 text-xl font-semibold">
          {chosen.fullName}
        </h2>
        <DefinitionList
          items={[
            { term: t('iin'), value: chosen.iin },
            { term: t('region'), value: localizedName({ nameKk: chosen.regionNameKk, nameRu: chosen.regionNameRu, nameEn: chosen.regionNameEn }, locale) || '—' },
            { term: t('disabilityGroup'), value: chosen.disabilityGroup ? t(`groups.${chosen.disabilityGroup}`) : '—' },
            { term: t('address'), value: chosen.address ?? '—' },
            ...(basis ? [{ term: t('basis'), value: t(`bases.${basis}`) }] : []),
          ]}
        />
      </section>

      <section aria-labelledby="ipr-heading" className="rounded border border-slate-300 bg-white p-5">
        <h2 id="ipr-heading" className="mb-3 text-xl font-semibold">
          {t('ipr.heading')}
        </h2>
        {programmes.length === 0 ? (
          <p>{t('entitlementsEmpty')}</p>
        ) : (
          <ul className="space-y-4">
            {programmes.map((p) => (
              <li key={`${p.iprNumber}/${p.version}`}>
                <h3 className="mb-2 text-lg font-semibold">{t('ipr.number', { number: p.iprNumber })}</h3>
                <DefinitionList
                  items={[
                    { term: t('ipr.version'), value: p.version },
                    { term: t('ipr.validity'), value: t('ipr.period', { from: displayDate(p.validFrom, locale), to: displayDate(p.validTo, locale) }) },
                    { term: t('ipr.state'), value: programmeStateText(t, p, locale) },
                  ]}
                />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="balance-heading" className="rounded border border-slate-300 bg-white p-5">
        <h2 id="balance-heading" className="mb-1 text-xl font-semibold">
          {t('balance.heading', { date: displayDate(today, locale) })}
        </h2>
        {balances.length === 0 ? (
          <p className="mt-2">{programmes.length === 0 ? t('entitlementsEmpty') : t('balance.none')}</p>
        ) : (
          <>
            <p className="mb-4 text-slate-700">{t('balance.note')}</p>
            <ul className="grid gap-4 md:grid-cols-2">
              {balances.map((b) => {
                const words = balanceWords(t, b, locale);
                return (
                  <li key={`${b.iprNumber}/${b.code}`} className="rounded border border-slate-300 p-4">
                    <h3 className="text-lg font-semibold">{names.get(`${b.iprNumber}/${b.code}`) ?? b.code}</h3>
                    {programmes.length > 1 ? <p className="text-sm text-slate-700">{t('balance.ipr', { number: b.iprNumber })}</p> : null}
                    <div className="mt-2">
                      <DefinitionList
                        items={[
                          { term: t('balance.entitled'), value: words.entitled },
                          { term: t('balance.used'), value: words.used },
                          { term: t('balance.left'), value: <strong>{words.left}</strong> },
                        ]}
                      />
                    </div>
                  </li>
                );
              })}
            </ul>
            <p className="mt-4">
              <Link href={marketplaceHref} className="font-semibold underline">
                {t('balance.openMarketplace')}
              </Link>
            </p>
          </>
        )}
      </section>

      <section aria-labelledby="orders-heading" className="rounded border border-slate-300 bg-white p-5">
        <h2 id="orders-heading" className="mb-2 text-xl font-semibold">
          {t('orders.heading')}
        </h2>
        {orderCount === 0 ? (
          <p>{t('orders.none')}</p>
        ) : (
          <>
            <p>{t('orders.intro')}</p>
            <p className="mt-2">
              <Link className="font-semibold underline" href="/cabinet/orders">
                {t('orders.open')}
              </Link>
            </p>
          </>
        )}
      </section>

      <section aria-labelledby="acts-heading" className={`rounded bg-white p-5 ${actsToSign.length ? 'border-2 border-brand-700' : 'border border-slate-300'}`}>
        <h2 id="acts-heading" className="mb-2 text-xl font-semibold">
          {ta('home.heading')}
        </h2>
        <p>{actsToSign.length ? ta('home.awaiting', { count: actsToSign.length }) : ta('home.intro')}</p>
        <p className="mt-2">
          <Link className="font-semibold underline" href="/cabinet/acts">
            {ta('home.open')}
          </Link>
        </p>
      </section>

      <section aria-labelledby="documents-heading" className="rounded border border-slate-300 bg-white p-5">
        <h2 id="documents-heading" className="mb-2 text-xl font-semibold">
          {representative ? t('docs.headingRepresentative') : t('docs.heading')}
        </h2>
        {representative ? <p className="mb-3 text-slate-700">{t('docs.representativeNote', { name: chosen.fullName })}</p> : null}
        {documents.length === 0 ? (
          <p>
            {t('docs.none')} {t('docs.noneHint')}{' '}
            <Link href="/account" className="font-semibold underline">
              {t('docs.openAccount')}
            </Link>
          </p>
        ) : (
          <ul className="space-y-3">
            {documents.map((d) => (
              <li key={d.id}>
                <Link href={`/documents/${d.id}`} className="font-semibold underline">
                  {d.kind === 'esign_agreement' ? td('kinds.esign_agreement') : d.kind === 'act' ? ta('documentKind') : d.kind}
                </Link>
                <p className="text-slate-700">
                  {t('docs.line', { version: d.version, date: displayDate(almatyDateOf(d.createdAt), locale) })}
                  {'. '}
                  {t('docs.statusLabel')} {td(`statuses.${d.status}`)}
                  {'. '}
                  {d.signedAt ? t('docs.signedOn', { date: displayAlmatyDateTime(d.signedAt, locale) }) : t('docs.awaitingYou')}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <NoticeList
        recipientId={chosen.id}
        unread={noticeList.unread}
        latestOnly={noticeList.notices.length >= NOTICES_SHOWN ? NOTICES_SHOWN : null}
        notices={noticeList.notices.map((n) => ({
          id: n.id,
          body: n.body,
          lang: n.locale,
          received: displayAlmatyDateTime(n.createdAt, locale),
          read: n.readAt ? displayAlmatyDateTime(n.readAt, locale) : null,
        }))}
      />
    </div>
  );
}
