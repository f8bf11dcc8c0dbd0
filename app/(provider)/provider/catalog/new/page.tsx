import { getTranslations } from 'next-intl/server';
import { BackLink } from '@/components/ui/back-link';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db';
import { requirePageActor } from '@/lib/auth/access';
import { almatyDateOf } from '@/lib/calendar/local-date';
import { listClassifier } from '@/lib/classifier/queries';
import { now } from '@/lib/clock';
import { localizedName } from '@/lib/i18n/localized-name';
import { pageLocale } from '@/lib/i18n/page-locale';
import { ItemForm } from '../item-form';

export async function generateMetadata() {
  const t = await getTranslations('providerCabinet');
  return { title: t('newItem') };
}

export default async function NewCatalogItemPage() {
  await requirePageActor('catalog.manage');
  const t = await getTranslations('providerCabinet');
  const locale = await pageLocale();
  const classifier = (await listClassifier(getDb(), almatyDateOf(now()))).map((c) => ({ code: c.code, name: localizedName(c, locale), kind: c.kind, guaranteedSum: c.guaranteedSum }));
  return (
    <div>
      <BackLink href="/provider/catalog" label={t('backToCatalog')} />
      <PageHeader title={t('newItem')} />
      <ItemForm classifier={classifier} />
    </div>
  );
}
