import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';

export default async function RegisteredPage({ searchParams }: { searchParams: Promise<{ login?: string }> }) {
  const t = await getTranslations('register');
  const { login } = await searchParams;
  const shownLogin = login && /^\d{12}$/.test(login) ? login : null;
  return (
    <div>
      <PageHeader title={t('doneTitle')} />
      <Alert tone="success" title={t('doneText')}>
        {shownLogin ? <p>{t('yourLogin', { login: shownLogin })}</p> : null}
      </Alert>
      <ol className="mt-4 ml-5 list-decimal space-y-1">
        <li>{t('step2')}</li>
        <li>{t('step3')}</li>
      </ol>
      <p className="mt-4">
        <Link href="/sign-in" className="font-semibold underline">
          {t('goSignIn')}
        </Link>
      </p>
    </div>
  );
}
