import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/ui/page-header';
import { requirePageActor } from '@/lib/auth/access';

export async function generateMetadata() {
  const t = await getTranslations('integration');
  return { title: t('title') };
}

export default async function IntegrationHomePage() {
  await requirePageActor('cabinet.integration');
  const t = await getTranslations('integration');
  return (
    <div className="space-y-4">
      <PageHeader title={t('title')}>{t('intro')}</PageHeader>
      <ol className="list-decimal space-y-2 pl-6">
        <li>
          {t('stepToken')} <code className="rounded bg-slate-200 px-1">POST /api/v1/auth/token</code>
        </li>
        <li>
          {t('stepCall')} <code className="rounded bg-slate-200 px-1">Authorization: Bearer …</code>
        </li>
      </ol>
      <p>
        <a href="/api/v1/openapi.json" className="font-semibold text-brand-800 underline">
          {t('openapi')}
        </a>
      </p>
    </div>
  );
}
