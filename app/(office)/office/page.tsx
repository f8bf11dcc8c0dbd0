import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db';
import { officeQueueSize } from '@/lib/acts/page-office-acts';
import { requirePageActor } from '@/lib/auth/access';
import { can } from '@/lib/auth/permissions';
import { isLocale } from '@/lib/i18n/config';
import { localizedName } from '@/lib/i18n/localized-name';
import { getActorOffice } from '@/lib/offices/queries';

export async function generateMetadata() {
  const t = await getTranslations('office');
  return { title: t('title') };
}

export default async function OfficeQueuePage() {
  const actor = await requirePageActor('cabinet.office');
  const t = await getTranslations('office');
  const tOrders = await getTranslations('officeOrders');
  const rawLocale = await getLocale();
  const locale = isLocale(rawLocale) ? rawLocale : 'ru';
  const office = await getActorOffice(getDb(), actor);
  const tActs = await getTranslations('officeActs');
  const tPayments = await getTranslations('officePayments');
  const queueSize = can(actor.role, 'acts.read') ? await officeQueueSize(getDb(), actor) : 0;
  return (
    <div className="space-y-6">
      <PageHeader title={t('title')}>{office ? localizedName(office, locale) : t('noOffice')}</PageHeader>
      <p>
        <Link href="/office/imports" className="font-semibold underline">
          {t('importIprs')}
        </Link>
      </p>
      <nav aria-label={tOrders('linksLabel')}>
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          {(['orders', 'providers', 'notices'] as const).map((area) => (
            <li key={area}>
              <Link href={`/office/${area}`} className="font-semibold underline">
                {tOrders(`links.${area}`)}
              </Link>
            </li>
          ))}
          <li>
            <Link href="/office/acts" className="font-semibold underline">
              {tActs('home.link')}
            </Link>
          </li>
          <li>
            <Link href="/office/payments" className="font-semibold underline">
              {tPayments('home.link')}
            </Link>
          </li>
        </ul>
      </nav>
      <section aria-labelledby="queue-heading">
        <h2 id="queue-heading" className="text-xl font-semibold">
          {t('queue')}
        </h2>
        <p className="text-slate-700">{tActs('home.queue', { count: queueSize })}</p>
        {queueSize > 0 ? (
          <p>
            <Link href="/office/acts" className="font-semibold underline">
              {tActs('home.openQueue')}
            </Link>
          </p>
        ) : null}
      </section>
      {office ? (
        <section aria-labelledby="districts-heading">
          <h2 id="districts-heading" className="text-xl font-semibold">
            {t('districts')}
          </h2>
          <ul className="list-disc pl-6">
            {office.districts.map((d) => (
              <li key={d.kato}>
                {localizedName(d, locale)} <span className="text-slate-600">({d.kato})</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
