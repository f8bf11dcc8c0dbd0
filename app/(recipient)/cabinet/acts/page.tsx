import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { ActStatusBadge } from '@/components/acts/act-status-badge';
import { BackLink } from '@/components/ui/back-link';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db';
import { listActs } from '@/lib/acts/list-acts';
import { actsAwaitingRecipientSignature } from '@/lib/acts/page-act';
import { actListQuerySchema } from '@/lib/acts/schemas';
import { requirePageActor } from '@/lib/auth/access';
import { now } from '@/lib/clock';
import { displayMonth, displayTenge } from '@/lib/i18n/format';
import { pageLocale } from '@/lib/i18n/page-locale';
import { formatMinutes } from '@/lib/minutes';

export async function generateMetadata() {
  const t = await getTranslations('recipientActs');
  return { title: t('title') };
}

const PAGE_SIZE = 25;
const querySchema = z.object({ cursor: z.string().max(200).optional() });

/**
 * The acts of services rendered to the people the actor acts for (themselves, or those they
 * represent): first those awaiting the actor's signature, then every act, newest first.
 */
export default async function RecipientActsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor('cabinet.recipient');
  const t = await getTranslations('recipientActs');
  const tj = await getTranslations('journal');
  const locale = await pageLocale();
  const db = getDb();
  const raw = await searchParams;
  const parsed = querySchema.safeParse({ cursor: Array.isArray(raw.cursor) ? raw.cursor[0] : raw.cursor });
  const cursor = parsed.success ? parsed.data.cursor : undefined;
  const [awaiting, page] = await Promise.all([actsAwaitingRecipientSignature(db, actor), listActs(db, actor, actListQuerySchema.parse({ cursor, order: 'newest', limit: PAGE_SIZE }), now())]);
  const representative = actor.role === 'representative';
  const money = (amount: string) => displayTenge(amount, locale);
  return (
    <div className="space-y-8">
      <div>
        <BackLink href="/cabinet" label={t('backToCabinet')} />
        <PageHeader title={t('title')}>{t('intro')}</PageHeader>
      </div>

      <section aria-labelledby="awaiting-heading" className="space-y-3 rounded border-2 border-brand-700 bg-white p-5">
        <h2 id="awaiting-heading" className="text-xl font-semibold">
          {t('awaiting.heading')}
        </h2>
        {awaiting.length === 0 ? (
          <p>{t('awaiting.none')}</p>
        ) : (
          <ul className="space-y-3">
            {awaiting.map((act) => (
              <li key={act.id} className="rounded border border-slate-300 p-4">
                <h3 className="text-lg font-semibold">
                  <Link href={`/cabinet/acts/${act.id}`} className="underline">
                    {t('awaiting.link', { month: displayMonth(act.period, locale), service: tj(`services.${act.service}`) })}
                  </Link>
                </h3>
                <p>
                  {act.service === 'goods' ? t('awaiting.lineGoods', { provider: act.providerName, quantity: tj('quantityUnits', { count: act.quantity ?? 0 }), reimbursed: money(act.reimbursed) }) : t('awaiting.line', { provider: act.providerName, hours: formatMinutes(act.minutes), reimbursed: money(act.reimbursed) })}
                  {representative ? ` ${t('awaiting.forWhom', { name: act.recipientName })}` : null}
                </p>
                <p className="text-sm text-slate-700">{t('awaiting.number', { number: act.number })}</p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="all-heading" className="space-y-3">
        <h2 id="all-heading" className="text-xl font-semibold">
          {t('all.heading')}
        </h2>
        {page.items.length === 0 ? (
          <p>{t('all.none')}</p>
        ) : (
          <div className="overflow-x-auto rounded border border-slate-300 bg-white" role="region" aria-labelledby="acts-caption" tabIndex={0}>
            <table className="w-full min-w-[48rem] border-collapse text-left">
              <caption id="acts-caption" className="p-2 text-left font-semibold">
                {t('all.caption')}
              </caption>
              <thead>
                <tr className="border-b-2 border-slate-400 align-bottom">
                  <th scope="col" className="p-2">{t('columns.period')}</th>
                  <th scope="col" className="p-2">{t('columns.service')}</th>
                  <th scope="col" className="p-2">{t('columns.provider')}</th>
                  {representative ? <th scope="col" className="p-2">{t('columns.forWhom')}</th> : null}
                  <th scope="col" className="p-2">{t('columns.status')}</th>
                  <th scope="col" className="p-2 text-right">{t('columns.hours')}</th>
                  <th scope="col" className="p-2 text-right">{t('columns.total')}</th>
                  <th scope="col" className="p-2 text-right">{t('columns.reimbursed')}</th>
                </tr>
              </thead>
              <tbody>
                {page.items.map((act) => (
                  <tr key={act.id} className="border-b border-slate-300 align-top">
                    <th scope="row" className="p-2 font-normal">
                      <Link href={`/cabinet/acts/${act.id}`} className="font-semibold underline">
                        {displayMonth(act.period, locale)}
                      </Link>
                      <span className="block text-sm text-slate-700 break-all">{act.number}</span>
                    </th>
                    <td className="p-2">{tj(`services.${act.service}`)}</td>
                    <td className="p-2">{act.providerName}</td>
                    {representative ? <td className="p-2">{act.recipientName}</td> : null}
                    <td className="p-2">
                      <ActStatusBadge status={act.status} />
                    </td>
                    <td className="p-2 text-right tabular-nums">{(act.service === 'goods' ? tj('quantityUnits', { count: act.quantity ?? 0 }) : formatMinutes(act.minutes))}</td>
                    <td className="p-2 text-right tabular-nums whitespace-nowrap">{money(act.total)}</td>
                    <td className="p-2 text-right tabular-nums whitespace-nowrap">{money(act.reimbursed)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {cursor || page.nextCursor ? (
          <nav aria-label={t('pages')} className="flex flex-wrap gap-4">
            {cursor ? (
              <Link className="inline-flex min-h-11 items-center underline" href="/cabinet/acts">
                <span aria-hidden="true">« </span>
                {t('newest')}
              </Link>
            ) : null}
            {page.nextCursor ? (
              <Link className="inline-flex min-h-11 items-center underline" href={`/cabinet/acts?cursor=${encodeURIComponent(page.nextCursor)}`} rel="next">
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
