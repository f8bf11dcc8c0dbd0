import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db';
import { requirePageActor } from '@/lib/auth/access';
import { localizedName } from '@/lib/i18n/localized-name';
import { pageLocale } from '@/lib/i18n/page-locale';
import { regionTree } from '@/lib/regions/region-tree';
import { AddDistrictForm } from './district-form';

export async function generateMetadata() {
  const t = await getTranslations('adminRegions');
  return { title: t('title') };
}

export default async function RegionsAdminPage() {
  await requirePageActor('regions.manage');
  const t = await getTranslations('adminRegions');
  const locale = await pageLocale();
  const tree = await regionTree(getDb());
  const districtCount = tree.reduce((n, r) => n + r.districts.length, 0);
  return (
    <div className="space-y-8">
      <PageHeader title={t('title')}>{t('intro')}</PageHeader>
      <p className="flex flex-wrap gap-x-6 gap-y-2">
        <Link href="/admin" className="font-semibold text-brand-800 underline">
          {t('backToAdmin')}
        </Link>
        <a href="#add-heading" className="font-semibold text-brand-800 underline">
          {t('jumpToAdd')}
        </a>
      </p>
      <section aria-labelledby="regions-heading">
        <h2 id="regions-heading" className="mb-2 text-xl font-semibold">
          {t('listHeading')}
        </h2>
        <p id="regions-summary" className="mb-2 text-slate-700">
          {t('summary', { top: tree.length, districts: districtCount })}
        </p>
        <div className="overflow-x-auto">
          <table className="w-full border-collapse bg-white text-left" aria-describedby="regions-summary">
            <caption className="sr-only">{t('listHeading')}</caption>
            <thead>
              <tr className="border-b-2 border-slate-400">
                <th scope="col" className="p-2">{t('kato')}</th>
                <th scope="col" className="p-2">{t('level')}</th>
                <th scope="col" className="p-2">{t('nameKk')}</th>
                <th scope="col" className="p-2">{t('nameRu')}</th>
                <th scope="col" className="p-2">{t('nameEn')}</th>
                <th scope="col" className="p-2"><span className="sr-only">{t('actions')}</span></th>
              </tr>
            </thead>
            {tree.map((region) => (
              <tbody key={region.kato} className="border-b-2 border-slate-300">
                <tr className="bg-slate-100 align-top">
                  <th scope="row" className="p-2 font-mono font-bold whitespace-nowrap">{region.kato}</th>
                  <td className="p-2 font-semibold">{t(`levels.${region.level}`)}</td>
                  <td className="p-2 font-semibold" lang="kk">{region.nameKk}</td>
                  <td className="p-2 font-semibold" lang="ru">{region.nameRu}</td>
                  <td className="p-2 font-semibold" lang="en">{region.nameEn}</td>
                  <td className="p-2">
                    <Link href={`/admin/regions/${region.kato}`} className="font-semibold text-brand-800 underline" aria-label={t('editLabel', { name: localizedName(region, locale) })}>
                      {t('edit')}
                    </Link>
                  </td>
                </tr>
                {region.districts.map((d) => (
                  <tr key={d.kato} className="border-t border-slate-200 align-top">
                    <th scope="row" className="p-2 pl-8 font-mono font-normal whitespace-nowrap">
                      <span aria-hidden="true">↳ </span>
                      {d.kato}
                    </th>
                    <td className="p-2">{t('districtOf', { parent: localizedName(region, locale) })}</td>
                    <td className="p-2" lang="kk">{d.nameKk}</td>
                    <td className="p-2" lang="ru">{d.nameRu}</td>
                    <td className="p-2" lang="en">{d.nameEn}</td>
                    <td className="p-2">
                      <Link href={`/admin/regions/${d.kato}`} className="font-semibold text-brand-800 underline" aria-label={t('editLabel', { name: localizedName(d, locale) })}>
                        {t('edit')}
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            ))}
          </table>
        </div>
      </section>
      <section aria-labelledby="add-heading" className="rounded border border-slate-300 bg-white p-5">
        <h2 id="add-heading" tabIndex={-1} className="mb-1 text-xl font-semibold">
          {t('addHeading')}
        </h2>
        <p className="mb-4 text-slate-700">{t('addText')}</p>
        <AddDistrictForm parents={tree.map((r) => ({ kato: r.kato, name: localizedName(r, locale) }))} />
      </section>
    </div>
  );
}
