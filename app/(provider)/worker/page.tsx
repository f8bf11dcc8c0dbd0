import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db';
import { requirePageActor } from '@/lib/auth/access';
import { getActorProvider } from '@/lib/providers/queries';
import { ProviderSummary } from '../provider-summary';

export async function generateMetadata() {
  const t = await getTranslations('worker');
  return { title: t('title') };
}

export default async function WorkerHomePage() {
  const actor = await requirePageActor('cabinet.worker');
  const t = await getTranslations('worker');
  const provider = await getActorProvider(getDb(), actor);
  return (
    <div className="space-y-6">
      <PageHeader title={t('title')}>{t('intro')}</PageHeader>
      {provider ? <ProviderSummary provider={provider} /> : null}
      <section aria-labelledby="journal-heading">
        <h2 id="journal-heading" className="text-xl font-semibold">
          {t('journal')}
        </h2>
        <p className="text-slate-700">{t('journalEmpty')}</p>
      </section>
    </div>
  );
}
