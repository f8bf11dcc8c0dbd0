import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/ui/page-header';

export default async function ForbiddenPage() {
  const t = await getTranslations('forbidden');
  return (
    <div>
      <PageHeader title={t('title')}>{t('text')}</PageHeader>
      <Link href="/" className="font-semibold text-brand-800 underline">
        {t('home')}
      </Link>
    </div>
  );
}
