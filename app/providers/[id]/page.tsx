import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { OfferTerms } from '@/components/catalog/offer-terms';
import { offerTermsWording } from '@/components/catalog/offer-terms-text';
import { Alert } from '@/components/ui/alert';
import { DefinitionList, PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db';
import { almatyDateOf } from '@/lib/calendar/local-date';
import { photoIdsOf } from '@/lib/catalog/queries';
import { now } from '@/lib/clock';
import { localizedName } from '@/lib/i18n/localized-name';
import { pageLocale } from '@/lib/i18n/page-locale';
import { providerProfile } from '@/lib/marketplace/provider-profile';
import { decisionTimeOf, percentOf, type DecisionRates } from '@/lib/orders/decision-rates';

const idSchema = z.uuid();

/** "Decides on average in N hours" and "refuses X % of orders", once it has decided at least one order. */
async function DecisionSummary({ decisions }: { decisions: DecisionRates | null }) {
  const t = await getTranslations('providerPage');
  if (!decisions || decisions.decided === 0 || decisions.medianSeconds === null || !decisions.refusal) {
    return <p>{decisions && decisions.arrived > 0 ? t('noDecisionsYet') : t('noOrdersYet')}</p>;
  }
  const time = decisionTimeOf(decisions.medianSeconds);
  return (
    <ul className="ml-5 list-disc space-y-1">
      <li>{t('decidesIn', { time: t(`duration.${time.unit}`, { count: time.value }) })}</li>
      <li>{t('refuses', { percent: percentOf(decisions.refusal) })}</li>
      <li className="text-slate-700">{t('decidedCount', { decided: decisions.decided, arrived: decisions.arrived })}</li>
    </ul>
  );
}

async function load(id: string) {
  const parsed = idSchema.safeParse(id);
  return parsed.success ? providerProfile(getDb(), parsed.data, almatyDateOf(now())) : null;
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const profile = await load((await params).id);
  return { title: profile?.name ?? 'Qamqor' };
}

/** A provider's public page: anyone may see who it is, where it serves and what it offers. */
export default async function ProviderPublicPage({ params }: { params: Promise<{ id: string }> }) {
  const profile = await load((await params).id);
  if (!profile) notFound();
  const t = await getTranslations('providerPage');
  const locale = await pageLocale();
  const { headings, describe } = await offerTermsWording(locale);
  const photos = await photoIdsOf(getDb(), profile.items.map((i) => i.id));
  return (
    <div>
      <PageHeader title={profile.name} />
      {profile.status === 'suspended' ? <Alert tone="info" title={t('suspended')} /> : null}
      <section aria-labelledby="about" className="mt-4">
        <h2 id="about" className="sr-only">
          {t('about')}
        </h2>
        <DefinitionList
          items={[
            { term: profile.kind === 'organisation' ? t('bin') : t('kind'), value: profile.kind === 'organisation' ? profile.bin : t('entrepreneur') },
            { term: t('address'), value: profile.legalAddress },
            { term: t('phone'), value: <a href={`tel:${profile.phone}`} className="underline">{profile.phone}</a> },
            { term: t('email'), value: <a href={`mailto:${profile.email}`} className="underline">{profile.email}</a> },
          ]}
        />
      </section>
      <section aria-labelledby="regions" className="mt-6">
        <h2 id="regions" className="mb-2 text-xl font-semibold">
          {t('regions')}
        </h2>
        {profile.regions.length === 0 ? (
          <p>{t('noRegions')}</p>
        ) : (
          <ul className="ml-5 list-disc">
            {profile.regions.map((r) => (
              <li key={r.kato}>
                {localizedName(r, locale)} <span className="text-slate-700">({t('kato')} {r.kato}{r.level !== 'district' ? `, ${t('wholeRegion')}` : ''})</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="decisions" className="mt-6">
        <h2 id="decisions" className="mb-2 text-xl font-semibold">
          {t('decisions')}
        </h2>
        <DecisionSummary decisions={profile.decisions} />
      </section>
      <section aria-labelledby="items" className="mt-6">
        <h2 id="items" className="mb-2 text-xl font-semibold">
          {t('items')}
        </h2>
        {profile.items.length === 0 ? <p>{t('noItems')}</p> : null}
        <ul className="grid gap-4 md:grid-cols-2">
          {profile.items.map((item) => (
            <li key={item.id} className="rounded border border-slate-300 bg-white p-4">
              <h3 className="text-lg font-semibold">
                {item.name}
                {item.model ? <span className="font-normal"> · {item.model}</span> : null}
              </h3>
              <p className="text-sm text-slate-700">{localizedName(item.classifierName, locale)}</p>
              {item.description ? <p className="mt-2">{item.description}</p> : null}
              <div className="mt-2 flex flex-wrap gap-2">
                {(photos.get(item.id) ?? []).map((p) => (
                  // eslint-disable-next-line @next/next/no-img-element -- bytes come from our own route, sized by CSS
                  <img key={p.id} src={`/catalog-photos/${p.id}`} alt={p.altText} className="h-24 w-24 rounded border border-slate-300 object-cover" />
                ))}
              </div>
              <OfferTerms terms={describe(item)} headings={headings} />
            </li>
          ))}
        </ul>
      </section>
      <p className="mt-6">
        <Link href="/cabinet/marketplace" className="underline">
          {t('backToMarketplace')}
        </Link>
      </p>
    </div>
  );
}
