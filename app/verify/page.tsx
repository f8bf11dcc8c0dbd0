import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/ui/page-header';
import { VerifyForm } from './verify-form';

export async function generateMetadata() {
  const t = await getTranslations('verify');
  return { title: t('title') };
}

/** Public: an office or a court checks a signed document without an account. */
export default async function VerifyPage() {
  const t = await getTranslations('verify');
  return (
    <div className="space-y-6">
      <PageHeader title={t('title')}>{t('intro')}</PageHeader>
      <VerifyForm />
    </div>
  );
}
