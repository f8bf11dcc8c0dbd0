import { getTranslations } from 'next-intl/server';
import { offerTermsWording } from '@/components/catalog/offer-terms-text';
import type { Locale } from '@/lib/i18n/config';
import { localizedName } from '@/lib/i18n/localized-name';
import type { searchOffers } from '@/lib/marketplace/search';
import { OfferCards } from './offer-cards';

type Offer = Awaited<ReturnType<typeof searchOffers>>['items'][number];

/** The search results: price, what the state pays, what is left to pay, for each offer. */
export async function OfferList({ items, locale, recipientId }: { items: Offer[]; locale: Locale; recipientId: string }) {
  const t = await getTranslations('marketplace');
  if (items.length === 0) {
    return (
      <p role="status" className="mt-6">
        {t('nothingFound')}
      </p>
    );
  }
  const { headings, describe } = await offerTermsWording(locale);
  const cards = items.map((offer) => ({
    id: offer.id,
    name: offer.name,
    model: offer.model,
    classifierName: localizedName({ nameKk: offer.classifierNameKk, nameRu: offer.classifierNameRu, nameEn: offer.classifierNameEn }, locale),
    providerId: offer.providerId,
    providerName: offer.providerName,
    terms: describe(offer, { showAvailability: true }),
  }));
  return (
    <section aria-labelledby="results-heading" className="mt-6">
      <h2 id="results-heading" className="mb-3 text-lg font-semibold">
        {t('results')}
      </h2>
      <OfferCards cards={cards} headings={headings} order={{ href: `/cabinet/orders/new?recipient=${recipientId}&item=`, label: t('order') }} />
    </section>
  );
}
