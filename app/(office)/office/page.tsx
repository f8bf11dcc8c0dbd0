import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db';
import { requirePageActor } from '@/lib/auth/access';
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
        </ul>
      </nav>
      <section aria-labelledby="queue-heading">
        <h2 id="queue-heading" className="text-xl font-semibold">
          {t('queue')}
        </h2>
        <p className="text-slate-700">{t('queueEmpty')}</p>
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
