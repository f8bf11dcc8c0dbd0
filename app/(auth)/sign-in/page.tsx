import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/ui/page-header';
import { Alert } from '@/components/ui/alert';
import { getSessionActor } from '@/lib/auth/access';
import { roleHome } from '@/lib/auth/permissions';
import { SignInForm } from './sign-in-form';
import { SignatureSignInForm } from './signature-sign-in-form';
import { SmsCodeSignInForm } from './sms-code-sign-in-form';

export async function generateMetadata() {
  const t = await getTranslations('signIn');
  return { title: t('title') };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ signedOut?: string }> }) {
  const actor = await getSessionActor();
  if (actor) redirect(roleHome[actor.role]);
  const { signedOut } = await searchParams;
  const t = await getTranslations('signIn');
  return (
    <div className="mx-auto max-w-md">
      <PageHeader title={t('title')}>{t('intro')}</PageHeader>
      {signedOut === 'everywhere' ? (
        <div className="mb-4">
          <Alert tone="success" title={t('signedOutEverywhere')} />
        </div>
      ) : null}
      <SignInForm />
      <div className="mt-10 border-t border-slate-300 pt-6">
        <SignatureSignInForm />
      </div>
      <div className="mt-10 border-t border-slate-300 pt-6">
        <SmsCodeSignInForm />
      </div>
    </div>
  );
}
