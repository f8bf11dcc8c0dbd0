import { getTranslations } from 'next-intl/server';
import { DefinitionList, PageHeader } from '@/components/ui/page-header';
import { Button } from '@/components/ui/button';
import { signOutEverywhereAction } from '@/app/actions';
import { requirePageActor } from '@/lib/auth/access';
import { can } from '@/lib/auth/permissions';
import { openEsignAgreementAction } from './agreement-action';

export async function generateMetadata() {
  const t = await getTranslations('account');
  return { title: t('title') };
}

export default async function AccountPage() {
  const actor = await requirePageActor('profile.read');
  const t = await getTranslations('account');
  const roles = await getTranslations('roles');
  return (
    <div className="space-y-6">
      <PageHeader title={t('title')} />
      <DefinitionList
        items={[
          { term: t('name'), value: actor.name },
          { term: t('role'), value: roles(actor.role) },
          ...(actor.iin ? [{ term: t('iin'), value: actor.iin }] : []),
          ...(actor.bin ? [{ term: t('bin'), value: actor.bin }] : []),
        ]}
      />
      {can(actor.role, 'documents.sign') && actor.iin ? (
        <section aria-labelledby="esign-heading" className="rounded border border-slate-300 bg-white p-5">
          <h2 id="esign-heading" className="text-xl font-semibold">
            {t('esign')}
          </h2>
          <p className="my-2 text-slate-700">{t('esignText')}</p>
          <form action={openEsignAgreementAction}>
            <Button type="submit">{t('esignOpen')}</Button>
          </form>
        </section>
      ) : null}
      <section aria-labelledby="sessions-heading" className="rounded border border-slate-300 bg-white p-5">
        <h2 id="sessions-heading" className="text-xl font-semibold">
          {t('sessions')}
        </h2>
        <p className="my-2 text-slate-700">{t('sessionsText')}</p>
        <form action={signOutEverywhereAction}>
          <Button type="submit" variant="danger">
            {t('signOutEverywhere')}
          </Button>
        </form>
      </section>
    </div>
  );
}
