import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { OfferTerms, offerTermLabels } from '@/components/catalog/offer-terms';
import type { Locale } from '@/lib/i18n/config';
import { localizedName } from '@/lib/i18n/localized-name';
import type { searchOffers } from '@/lib/marketplace/search';

type Offer = Awaited<ReturnType<typeof searchOffers>>['items'][number];

/** Offers as cards (readable on a phone and by a screen reader): price, what the state pays, what is left to pay. */
export async function OfferList({ items, locale }: { items: Offer[]; locale: Locale }) {
  const t = await getTranslations('marketplace');
  if (items.length === 0) {
    return (
      <p role="status" className="mt-6">
        {t('nothingFound')}
      </p>
    );
  }
  const labels = await offerTermLabels();
  return (
    <section aria-labelledby="results-heading" className="mt-6">
      <h2 id="results-heading" className="mb-3 text-lg font-semibold">
        {t('results')}
      </h2>
      <ul className="grid gap-4 md:grid-cols-2">
        {items.map((offer) => {
          return (
            <li key={offer.id} className="rounded border border-slate-300 bg-white p-4">
              <h3 className="text-lg font-semibold">
                {offer.name}
                {offer.model ? <span className="font-normal"> · {offer.model}</span> : null}
              </h3>
              <p className="text-sm text-slate-700">{localizedName({ nameKk: offer.classifierNameKk, nameRu: offer.classifierNameRu, nameEn: offer.classifierNameEn }, locale)}</p>
              <p className="mt-1">
                <Link href={`/providers/${offer.providerId}`} className="underline">
                  {offer.providerName}
                </Link>
              </p>
              <OfferTerms offer={offer} labels={labels} locale={locale} showAvailability />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
