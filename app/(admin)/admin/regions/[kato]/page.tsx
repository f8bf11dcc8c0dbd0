import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { DefinitionList, PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db';
import { requirePageActor } from '@/lib/auth/access';
import { katoField } from '@/lib/identifiers/schemas';
import { localizedName } from '@/lib/i18n/localized-name';
import { pageLocale } from '@/lib/i18n/page-locale';
import { getRegion } from '@/lib/regions/queries';
import { NamesForm } from '../../names-form';
import { renameRegionAction } from '../actions';
import { AddDistrictForm } from '../district-form';

export async function generateMetadata() {
  const t = await getTranslations('adminRegions');
  return { title: t('regionTitle') };
}

export default async function RegionAdminPage({ params }: { params: Promise<{ kato: string }> }) {
  await requirePageActor('regions.manage');
  const kato = katoField().safeParse((await params).kato);
  if (!kato.success) notFound();
  const region = await getRegion(getDb(), kato.data);
  if (!region) notFound();
  const t = await getTranslations('adminRegions');
  const locale = await pageLocale();
  const name = localizedName(region, locale);
  const topLevel = region.level !== 'district';
  return (
    <div className="space-y-8">
      <PageHeader title={name}>{t('regionIntro')}</PageHeader>
      <p>
        <Link href="/admin/regions" className="font-semibold text-brand-800 underline">
          {t('backToList')}
        </Link>
      </p>
      <section aria-labelledby="region-heading" className="rounded border border-slate-300 bg-white p-5">
        <h2 id="region-heading" className="mb-3 text-xl font-semibold">
          {t('regionHeading')}
        </h2>
        <DefinitionList
          items={[
            { term: t('kato'), value: <span className="font-mono">{region.kato}</span> },
            { term: t('level'), value: t(`levels.${region.level}`) },
            ...(region.parent
              ? [
                  {
                    term: t('parent'),
                    value: (
                      <Link href={`/admin/regions/${region.parent.kato}`} className="text-brand-800 underline">
                        {localizedName(region.parent, locale)} ({region.parent.kato})
                      </Link>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </section>
      <section aria-labelledby="names-heading" className="rounded border border-slate-300 bg-white p-5">
        <h2 id="names-heading" className="mb-3 text-xl font-semibold">
          {t('namesHeading')}
        </h2>
        <NamesForm
          action={renameRegionAction}
          keyField={{ name: 'kato', value: region.kato }}
          initial={{ nameKk: region.nameKk, nameRu: region.nameRu, nameEn: region.nameEn }}
          idPrefix="region"
          maxLength={200}
          labels={{ nameKk: t('nameKk'), nameRu: t('nameRu'), nameEn: t('nameEn'), submit: t('saveNames'), saved: t('namesSaved'), notSaved: t('namesNotSaved') }}
        />
      </section>
      {topLevel ? (
        <>
          <section aria-labelledby="districts-heading">
            <h2 id="districts-heading" className="mb-2 text-xl font-semibold">
              {t('districtsHeading')}
            </h2>
            {region.districts.length === 0 ? (
              <p>{t('noDistricts')}</p>
            ) : (
              <ul className="list-disc space-y-1 pl-6">
                {region.districts.map((d) => (
                  <li key={d.kato}>
                    <Link href={`/admin/regions/${d.kato}`} className="text-brand-800 underline">
                      {localizedName(d, locale)}
                    </Link>{' '}
                    (<span className="font-mono">{d.kato}</span>)
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="add-heading" className="rounded border border-slate-300 bg-white p-5">
            <h2 id="add-heading" className="mb-1 text-xl font-semibold">
              {t('addHeading')}
            </h2>
            <p className="mb-4 text-slate-700">{t('addText')}</p>
            <AddDistrictForm parents={[{ kato: region.kato, name }]} idPrefix="region-district" />
          </section>
        </>
      ) : null}
    </div>
  );
}
