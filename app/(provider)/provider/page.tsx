import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db';
import { requirePageActor } from '@/lib/auth/access';
import { getActorProvider } from '@/lib/providers/queries';
import { ProviderSummary } from '../provider-summary';

export async function generateMetadata() {
  const t = await getTranslations('provider');
  return { title: t('title') };
}

export default async function ProviderCabinetPage() {
  const actor = await requirePageActor('cabinet.provider');
  const t = await getTranslations('provider');
  const provider = await getActorProvider(getDb(), actor);
  return (
    <div className="space-y-6">
      <PageHeader title={t('title')}>{t('intro')}</PageHeader>
      {provider ? <ProviderSummary provider={provider} /> : <p>{t('noProvider')}</p>}
      <section aria-labelledby="orders-heading">
        <h2 id="orders-heading" className="text-xl font-semibold">
          {t('orders')}
        </h2>
        <p className="text-slate-700">{t('ordersEmpty')}</p>
      </section>
    </div>
  );
}
