import { getLocale, getTranslations } from 'next-intl/server';
import { DefinitionList, PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db';
import { requirePageActor } from '@/lib/auth/access';
import { isLocale } from '@/lib/i18n/config';
import { localizedName } from '@/lib/i18n/localized-name';
import { listCabinetRecipients } from '@/lib/recipients/queries';
import Link from 'next/link';
import { almatyDateOf } from '@/lib/calendar/local-date';
import { now } from '@/lib/clock';
import { entitlementsOn } from '@/lib/entitlements/queries';

export async function generateMetadata() {
  const t = await getTranslations('cabinet');
  return { title: t('title') };
}

export default async function RecipientCabinetPage() {
  const actor = await requirePageActor('cabinet.recipient');
  const t = await getTranslations('cabinet');
  const rawLocale = await getLocale();
  const locale = isLocale(rawLocale) ? rawLocale : 'ru';
  const db = getDb();
  const people = await listCabinetRecipients(db, actor);
  const today = almatyDateOf(now());
  const entitlements = new Map(await Promise.all(people.map(async (p) => [p.id, await entitlementsOn(db, p.id, today)] as const)));
  const tm = await getTranslations('marketplace');
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
            {(entitlements.get(person.id) ?? []).length === 0 ? (
              <p className="text-slate-700">{t('entitlementsEmpty')}</p>
            ) : (
              <>
                <ul className="ml-5 list-disc">
                  {(entitlements.get(person.id) ?? []).map((e) => (
                    <li key={`${e.iprId}-${e.code}`}>
                      {localizedName(e, locale)} —{' '}
                      {e.quantity !== null
                        ? e.unit === 'day'
                          ? tm('days', { count: e.quantity })
                          : t('measure.quantity', { count: e.quantity })
                        : e.hoursPerDay !== null
                          ? t('measure.hoursPerDay', { count: e.hoursPerDay })
                          : t('measure.hoursPerYear', { count: e.hoursPerYear ?? 0 })}
                      {' '}({t('measure.validTo', { date: e.validTo })})
                    </li>
                  ))}
                </ul>
                <p className="mt-3">
                  <Link href={people.length > 1 ? `/cabinet/marketplace?recipient=${person.id}` : '/cabinet/marketplace'} className="font-semibold underline">
                    {tm('openMarketplace')}
                  </Link>
                </p>
              </>
            )}
          </section>
        ))}
      </div>
    </div>
  );
}
