import { getTranslations } from 'next-intl/server';
import { BackLink } from '@/components/ui/back-link';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db';
import { requirePageActor } from '@/lib/auth/access';
import { localizedName } from '@/lib/i18n/localized-name';
import { pageLocale } from '@/lib/i18n/page-locale';
import { getActorProvider } from '@/lib/providers/queries';
import { regionTree } from '@/lib/regions/region-tree';
import { RegionsForm } from './regions-form';

export async function generateMetadata() {
  const t = await getTranslations('providerCabinet');
  return { title: t('regionsTitle') };
}

export default async function ServiceRegionsPage() {
  const actor = await requirePageActor('provider.manage');
  const t = await getTranslations('providerCabinet');
  const locale = await pageLocale();
  const db = getDb();
  const [provider, tree] = await Promise.all([getActorProvider(db, actor), regionTree(db)]);
  const areas = tree.map((a) => ({ kato: a.kato, name: localizedName(a, locale), districts: a.districts.map((d) => ({ kato: d.kato, name: localizedName(d, locale) })) }));
  return (
    <div>
      <BackLink href="/provider" label={t('backToCabinet')} />
      <PageHeader title={t('regionsTitle')}>{t('regionsIntro')}</PageHeader>
      <RegionsForm areas={areas} selected={provider?.regions.map((r) => r.kato) ?? []} />
    </div>
  );
}
