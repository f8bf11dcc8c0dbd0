import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db';
import type { Db } from '@/db/client';
import type { Actor } from '@/lib/auth/actor';
import { requirePageActor } from '@/lib/auth/access';
import { can } from '@/lib/auth/permissions';
import { unreadProviderNotices } from '@/lib/notifications/provider-notices';
import { listOrdersForActor } from '@/lib/orders/queries';
import { getActorProvider } from '@/lib/providers/queries';
import { providerStanding } from '@/lib/providers/review';
import { ProviderSummary } from '../provider-summary';

export async function generateMetadata() {
  const t = await getTranslations('provider');
  return { title: t('title') };
}

const AWAITING_COUNTED = 100;

/** How many orders await the provider's decision (up to a hundred, then "more than") and how many notices are unread. */
async function providerWork(db: Db, actor: Actor) {
  const [awaiting, unread] = await Promise.all([listOrdersForActor(db, actor, { status: 'submitted', limit: AWAITING_COUNTED }), unreadProviderNotices(db, actor)]);
  return { awaiting: { count: awaiting.items.length, more: awaiting.nextCursor !== null }, unread };
}

export default async function ProviderCabinetPage() {
  const actor = await requirePageActor('cabinet.provider');
  const t = await getTranslations('provider');
  const tc = await getTranslations('providerCabinet');
  const db = getDb();
  const provider = await getActorProvider(db, actor);
  const standing = provider ? await providerStanding(db, provider.id) : null;
  const manage = can(actor.role, 'provider.manage');
  const to = await getTranslations('providerOrders');
  const tj = await getTranslations('journal');
  const ta = await getTranslations('providerActs');
  const work = provider && can(actor.role, 'orders.read') && can(actor.role, 'provider.notices') ? await providerWork(db, actor) : null;
  return (
    <div className="space-y-6">
      <PageHeader title={t('title')}>{t('intro')}</PageHeader>
      {standing?.status === 'pending' && standing.application?.status === 'awaiting_signatures' ? (
        <Alert tone="info" title={tc('pendingUnsigned')}>
          <Link href={`/documents/${standing.application.id}`} className="font-semibold underline">
            {tc('signApplication')}
          </Link>
        </Alert>
      ) : null}
      {standing?.status === 'pending' && standing.application?.status === 'signed' ? <Alert tone="info" title={tc('pendingSigned')} /> : null}
      {standing?.status === 'rejected' ? (
        <Alert tone="error" title={tc('rejected')}>
          <p>{tc('reason', { reason: standing.statusReason ?? '' })}</p>
          {manage ? (
            <Link href="/provider/application" className="font-semibold underline">
              {tc('reapplyTitle')}
            </Link>
          ) : null}
        </Alert>
      ) : null}
      {standing?.status === 'suspended' ? <Alert tone="error" title={tc('suspended')}>{tc('reason', { reason: standing.statusReason ?? '' })}</Alert> : null}
      {provider ? <ProviderSummary provider={provider} /> : <p>{t('noProvider')}</p>}
      {provider && manage ? (
        <nav aria-labelledby="manage-heading">
          <h2 id="manage-heading" className="mb-2 text-xl font-semibold">
            {tc('manage')}
          </h2>
          <ul className="grid gap-4 sm:grid-cols-3">
            {(['catalog', 'regions', 'workers'] as const).map((section) => (
              <li key={section} className="rounded border border-slate-300 bg-white p-4">
                <Link href={`/provider/${section}`} className="text-lg font-semibold underline">
                  {tc(`${section}Title`)}
                </Link>
                <p className="text-slate-700">{tc(`${section}Text`)}</p>
              </li>
            ))}
            <li className="rounded border border-slate-300 bg-white p-4">
              <Link href={`/providers/${provider.id}`} className="text-lg font-semibold underline">
                {tc('publicPage')}
              </Link>
              <p className="text-slate-700">{tc('publicPageText')}</p>
            </li>
          </ul>
        </nav>
      ) : null}
      <section aria-labelledby="orders-heading">
        <h2 id="orders-heading" className="mb-2 text-xl font-semibold">
          {t('orders')}
        </h2>
        {work ? (
          <ul className="grid gap-4 sm:grid-cols-2">
            <li className="rounded border border-slate-300 bg-white p-4">
              <Link href="/provider/orders" className="text-lg font-semibold underline">
                {work.awaiting.more ? to('tileMore', { count: work.awaiting.count }) : to('tile', { count: work.awaiting.count })}
              </Link>
              <p className="text-slate-700">{to('tileText')}</p>
            </li>
            <li className="rounded border border-slate-300 bg-white p-4">
              <Link href="/provider/notices" className="text-lg font-semibold underline">
                {to('notices.tile', { count: work.unread })}
              </Link>
              <p className="text-slate-700">{to('notices.tileText')}</p>
            </li>
            <li className="rounded border border-slate-300 bg-white p-4">
              <Link href="/provider/journal" className="text-lg font-semibold underline">
                {tj('tile')}
              </Link>
              <p className="text-slate-700">{tj('tileText')}</p>
            </li>
            {can(actor.role, 'acts.form') ? (
              <li className="rounded border border-slate-300 bg-white p-4">
                <Link href="/provider/acts" className="text-lg font-semibold underline">
                  {ta('tile')}
                </Link>
                <p className="text-slate-700">{ta('tileText')}</p>
              </li>
            ) : null}
          </ul>
        ) : (
          <p className="text-slate-700">{t('ordersEmpty')}</p>
        )}
      </section>
    </div>
  );
}
