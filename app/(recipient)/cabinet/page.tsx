import { getLocale, getTranslations } from 'next-intl/server';
import { DefinitionList, PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db';
import { requirePageActor } from '@/lib/auth/access';
import { isLocale } from '@/lib/i18n/config';
import { localizedName } from '@/lib/i18n/localized-name';
import { listCabinetRecipients } from '@/lib/recipients/queries';

export async function generateMetadata() {
  const t = await getTranslations('cabinet');
  return { title: t('title') };
}

export default async function RecipientCabinetPage() {
  const actor = await requirePageActor('cabinet.recipient');
  const t = await getTranslations('cabinet');
  const rawLocale = await getLocale();
  const locale = isLocale(rawLocale) ? rawLocale : 'ru';
  const people = await listCabinetRecipients(getDb(), actor);
  return (
    <div>
      <PageHeader title={t('title')}>{actor.role === 'representative' ? t('representativeIntro') : t('intro')}</PageHeader>
      {people.length === 0 ? <p>{t('nobody')}</p> : null}
      <div className="space-y-6">
        {people.map((person) => (
          <section key={person.id} aria-labelledby={`recipient-${person.id}`} className="rounded border border-slate-300 bg-white p-5">
            <h2 id={`recipient-${person.id}`} className="mb-3 text-xl font-semibold">
              {person.fullName}
            </h2>
            <DefinitionList
              items={[
                { term: t('iin'), value: person.iin },
                { term: t('region'), value: localizedName({ nameKk: person.regionNameKk, nameRu: person.regionNameRu, nameEn: person.regionNameEn }, locale) },
                { term: t('disabilityGroup'), value: person.disabilityGroup ? t(`groups.${person.disabilityGroup}`) : '—' },
                { term: t('address'), value: person.address ?? '—' },
              ]}
            />
            <h3 className="mt-4 font-semibold">{t('entitlements')}</h3>
            <p className="text-slate-700">{t('entitlementsEmpty')}</p>
          </section>
        ))}
      </div>
    </div>
  );
}
