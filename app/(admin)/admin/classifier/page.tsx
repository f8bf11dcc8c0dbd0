import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db';
import { requirePageActor } from '@/lib/auth/access';
import { almatyDateOf } from '@/lib/calendar/local-date';
import { listClassifier } from '@/lib/classifier/queries';
import { now } from '@/lib/clock';
import { displayDate, displayTenge } from '@/lib/i18n/format';
import { localizedName } from '@/lib/i18n/localized-name';
import { pageLocale } from '@/lib/i18n/page-locale';

export async function generateMetadata() {
  const t = await getTranslations('adminClassifier');
  return { title: t('title') };
}

export default async function ClassifierAdminPage() {
  await requirePageActor('classifier.manage');
  const t = await getTranslations('adminClassifier');
  const locale = await pageLocale();
  const today = almatyDateOf(now());
  const entries = await listClassifier(getDb(), today);
  return (
    <div className="space-y-6">
      <PageHeader title={t('title')}>{t('intro')}</PageHeader>
      <p>
        <Link href="/admin" className="font-semibold text-brand-800 underline">
          {t('backToAdmin')}
        </Link>
      </p>
      <section aria-labelledby="entries-heading">
        <h2 id="entries-heading" className="mb-2 text-xl font-semibold">
          {t('entriesHeading', { date: displayDate(today, locale) })}
        </h2>
        <div className="overflow-x-auto">
          <table className="w-full border-collapse bg-white text-left">
            <caption className="sr-only">{t('entriesHeading', { date: displayDate(today, locale) })}</caption>
            <thead>
              <tr className="border-b-2 border-slate-400">
                <th scope="col" className="p-2">{t('code')}</th>
                <th scope="col" className="p-2">{t('name')}</th>
                <th scope="col" className="p-2">{t('category')}</th>
                <th scope="col" className="p-2">{t('unit')}</th>
                <th scope="col" className="p-2 text-right">{t('sumInForce')}</th>
                <th scope="col" className="p-2">{t('since')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.code} className="border-b border-slate-200 align-top">
                  <th scope="row" className="p-2 whitespace-nowrap">
                    <Link href={`/admin/classifier/${entry.code}`} className="font-mono font-semibold text-brand-800 underline" aria-label={t('openEntry', { code: entry.code })}>
                      {entry.code}
                    </Link>
                  </th>
                  <td className="p-2">{localizedName(entry, locale)}</td>
                  <td className="p-2">{t(`categories.${entry.category}`)}</td>
                  <td className="p-2">{t(`units.${entry.unit}`)}</td>
                  <td className="p-2 text-right whitespace-nowrap">{entry.guaranteedSum ? displayTenge(entry.guaranteedSum, locale) : t('noSum')}</td>
                  <td className="p-2 whitespace-nowrap">{entry.guaranteedSumFrom ? displayDate(entry.guaranteedSumFrom, locale) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
