import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/ui/page-header';
import { env } from '@/lib/env';
import { CertificateForm } from './certificate-form';

export async function generateMetadata() {
  const t = await getTranslations('demoCertificate');
  return { title: t('title') };
}

/** Exists only outside production: a stand-in for getting a certificate from NCA RK. */
export default async function DemoCertificatePage() {
  if (env.DEPLOYMENT === 'production') notFound();
  const t = await getTranslations('demoCertificate');
  return (
    <div>
      <PageHeader title={t('title')}>{t('intro')}</PageHeader>
      <CertificateForm />
    </div>
  );
}
