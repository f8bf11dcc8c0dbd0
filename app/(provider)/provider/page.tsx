import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db';
import { requirePageActor } from '@/lib/auth/access';
import { can } from '@/lib/auth/permissions';
import { getActorProvider } from '@/lib/providers/queries';
import { providerStanding } from '@/lib/providers/review';
import { ProviderSummary } from '../provider-summary';

export async function generateMetadata() {
  const t = await getTranslations('provider');
  return { title: t('title') };
}

export default async function ProviderCabinetPage() {
  const actor = await requirePageActor('cabinet.provider');
  const t = await getTranslations('provider');
  const tc = await getTranslations('providerCabinet');
  const db = getDb();
  const provider = await getActorProvider(db, actor);
  const standing = provider ? await providerStanding(db, provider.id) : null;
  const manage = can(actor.role, 'provider.manage');
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
        <h2 id="orders-heading" className="text-xl font-semibold">
          {t('orders')}
        </h2>
        <p className="text-slate-700">{t('ordersEmpty')}</p>
      </section>
    </div>
  );
}
