import { getTranslations } from 'next-intl/server';
import { BackLink } from '@/components/ui/back-link';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db';
import { requirePageActor } from '@/lib/auth/access';
import { displayAlmatyDateTime } from '@/lib/i18n/format';
import { pageLocale } from '@/lib/i18n/page-locale';
import { listWorkers } from '@/lib/providers/workers';
import { InviteWorkerForm, RemoveWorkerButton } from './worker-forms';

export async function generateMetadata() {
  const t = await getTranslations('providerCabinet');
  return { title: t('workersTitle') };
}

export default async function WorkersPage() {
  const actor = await requirePageActor('provider.manage');
  const t = await getTranslations('providerCabinet');
  const locale = await pageLocale();
  const workers = actor.providerId ? await listWorkers(getDb(), actor.providerId) : [];
  return (
    <div className="space-y-8">
      <div>
        <BackLink href="/provider" label={t('backToCabinet')} />
        <PageHeader title={t('workersTitle')}>{t('workersIntro')}</PageHeader>
        {workers.length === 0 ? (
          <p>{t('noWorkers')}</p>
        ) : (
          <table className="w-full bg-white text-left">
            <caption className="sr-only">{t('workersTitle')}</caption>
            <thead>
              <tr className="border-b-2 border-slate-400">
                <th scope="col" className="p-2">{t('workerName')}</th>
                <th scope="col" className="p-2">{t('workerIin')}</th>
                <th scope="col" className="p-2">{t('specialty')}</th>
                <th scope="col" className="p-2">{t('workerStatus')}</th>
                <th scope="col" className="p-2"><span className="sr-only">{t('actions')}</span></th>
              </tr>
            </thead>
            <tbody>
              {workers.map((w) => (
                <tr key={w.userId} className="border-b border-slate-300">
                  <th scope="row" className="p-2 font-normal">{w.fullName}</th>
                  <td className="p-2">{w.iin}</td>
                  <td className="p-2">{t(`specialties.${w.specialty}`)}</td>
                  <td className="p-2">{w.removedAt ? t('removedOn', { date: displayAlmatyDateTime(w.removedAt, locale) }) : t('activeWorker')}</td>
                  <td className="p-2">{w.removedAt ? null : <RemoveWorkerButton userId={w.userId} name={w.fullName} />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      <section aria-labelledby="invite-heading">
        <h2 id="invite-heading" className="mb-2 text-xl font-semibold">
          {t('inviteWorker')}
        </h2>
        <p className="mb-3 text-slate-700">{t('inviteHint')}</p>
        <InviteWorkerForm />
      </section>
    </div>
  );
}
