import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { PageHeader } from '@/components/ui/page-header';
import { env } from '@/lib/env';
import { RegisterForm } from './register-form';

export async function generateMetadata() {
  const t = await getTranslations('register');
  return { title: t('title') };
}

export default async function RegisterProviderPage() {
  const t = await getTranslations('register');
  const td = await getTranslations('demoCertificate');
  return (
    <div>
      <PageHeader title={t('title')}>
        <p>{t('intro')}</p>
        <ol className="mt-2 ml-5 list-decimal">
          <li>{t('step1')}</li>
          <li>{t('step2')}</li>
          <li>{t('step3')}</li>
        </ol>
        {env.DEPLOYMENT !== 'production' ? (
          <p className="mt-2">
            <Link href="/demo/certificate" className="underline">
              {td('link')}
            </Link>
          </p>
        ) : null}
      </PageHeader>
      <RegisterForm />
    </div>
  );
}
