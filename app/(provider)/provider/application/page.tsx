import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { eq } from 'drizzle-orm';
import { Alert } from '@/components/ui/alert';
import { BackLink } from '@/components/ui/back-link';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db';
import { providers } from '@/db/schema';
import { requirePageActor } from '@/lib/auth/access';
import { ReapplyForm } from './reapply-form';

export async function generateMetadata() {
  const t = await getTranslations('providerCabinet');
  return { title: t('reapplyTitle') };
}

/** Only a rejected provider comes here: it corrects what the administrator pointed out and applies again. */
export default async function ReapplyPage() {
  const actor = await requirePageActor('provider.manage');
  const t = await getTranslations('providerCabinet');
  const [provider] = actor.providerId ? await getDb().select().from(providers).where(eq(providers.id, actor.providerId)) : [];
  if (!provider || provider.status !== 'rejected') redirect('/provider');
  return (
    <div>
      <BackLink href="/provider" label={t('backToCabinet')} />
      <PageHeader title={t('reapplyTitle')}>{t('reapplyIntro')}</PageHeader>
      <div className="mb-4">
        <Alert tone="error" title={t('rejected')}>
          {t('reason', { reason: provider.statusReason ?? '' })}
        </Alert>
      </div>
      <ReapplyForm details={{ name: provider.name, legalAddress: provider.legalAddress, phone: provider.phone, email: provider.email, iban: provider.iban, bik: provider.bik, bankName: provider.bankName }} />
    </div>
  );
}
