import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/config';
import { displayTenge } from '@/lib/i18n/format';
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
  // The same labels on every card: translated once per page, not once per card.
  const label = {
    guaranteedSum: t('guaranteedSum'),
    coPayment: t('coPayment'),
    noCoPayment: t('noCoPayment'),
    noSum: t('noSum'),
    receive: t('receive'),
    delivery: t('delivery'),
    pickup: t('pickup'),
    atService: t('atService'),
    availability: t('availability'),
    service: t('service'),
    outOfStock: t('outOfStock'),
    leadTime: t('leadTime'),
    price: { piece: t('price', { unit: t('units.piece') }), hour: t('price', { unit: t('units.hour') }), day: t('price', { unit: t('units.day') }) },
  };
  return (
    <section aria-labelledby="results-heading" className="mt-6">
      <h2 id="results-heading" className="mb-3 text-lg font-semibold">
        {t('results')}
      </h2>
      <ul className="grid gap-4 md:grid-cols-2">
        {items.map((offer) => {
          const copay = offer.coPayment !== '0.00';
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
              <dl className="mt-3 grid grid-cols-1 gap-x-4 sm:grid-cols-[max-content_1fr] sm:gap-y-1 [&>dd]:mb-2 sm:[&>dd]:mb-0">
                <dt className="font-semibold">{label.price[offer.unit]}</dt>
                <dd>{displayTenge(offer.price, locale)}</dd>
                <dt className="font-semibold">{label.guaranteedSum}</dt>
                <dd>{offer.guaranteedSum ? displayTenge(offer.guaranteedSum, locale) : label.noSum}</dd>
                <dt className="font-semibold">{label.coPayment}</dt>
                <dd>{copay ? <strong>{displayTenge(offer.coPayment, locale)}</strong> : label.noCoPayment}</dd>
                <dt className="font-semibold">{label.receive}</dt>
                <dd>{[offer.delivery ? label.delivery : null, offer.pickup ? label.pickup : null].filter(Boolean).join(', ') || label.atService}</dd>
                <dt className="font-semibold">{label.availability}</dt>
                <dd>{offer.stock === null ? label.service : offer.stock > 0 ? t('stock', { count: offer.stock }) : label.outOfStock}</dd>
                <dt className="font-semibold">{label.leadTime}</dt>
                <dd>{t('days', { count: offer.leadTimeDays })}</dd>
              </dl>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
