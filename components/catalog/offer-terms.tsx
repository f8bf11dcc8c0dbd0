import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/config';
import { displayTenge } from '@/lib/i18n/format';

/** The terms' labels, translated once per page rather than once per card. */
export async function offerTermLabels() {
  const t = await getTranslations('marketplace');
  return {
    price: { piece: t('price', { unit: t('units.piece') }), hour: t('price', { unit: t('units.hour') }), day: t('price', { unit: t('units.day') }) },
    guaranteedSum: t('guaranteedSum'),
    noSum: t('noSum'),
    coPayment: t('coPayment'),
    noCoPayment: t('noCoPayment'),
    receive: t('receive'),
    delivery: t('delivery'),
    pickup: t('pickup'),
    atService: t('atService'),
    availability: t('availability'),
    service: t('service'),
    outOfStock: t('outOfStock'),
    leadTime: t('leadTime'),
    stock: (count: number) => t('stock', { count }),
    days: (count: number) => t('days', { count }),
  };
}

export type OfferTermLabels = Awaited<ReturnType<typeof offerTermLabels>>;

interface OfferTermsProps {
  offer: {
    unit: 'piece' | 'hour' | 'day';
    price: string;
    guaranteedSum: string | null;
    coPayment: string;
    delivery: boolean;
    pickup: boolean;
    stock: number | null;
    leadTimeDays: number;
  };
  labels: OfferTermLabels;
  locale: Locale;
  /** Whether to say how many are in stock (the recipient's search does; the public page does not). */
  showAvailability?: boolean;
}

/** What an offer costs, what the state pays and the recipient adds, how and when it arrives. */
export function OfferTerms({ offer, labels, locale, showAvailability = false }: OfferTermsProps) {
  return (
    <dl className="mt-3 grid grid-cols-1 gap-x-4 sm:grid-cols-[max-content_1fr] sm:gap-y-1 [&>dd]:mb-2 sm:[&>dd]:mb-0">
      <dt className="font-semibold">{labels.price[offer.unit]}</dt>
      <dd>{displayTenge(offer.price, locale)}</dd>
      <dt className="font-semibold">{labels.guaranteedSum}</dt>
      <dd>{offer.guaranteedSum ? displayTenge(offer.guaranteedSum, locale) : labels.noSum}</dd>
      <dt className="font-semibold">{labels.coPayment}</dt>
      <dd>{offer.coPayment !== '0.00' ? <strong>{displayTenge(offer.coPayment, locale)}</strong> : labels.noCoPayment}</dd>
      <dt className="font-semibold">{labels.receive}</dt>
      <dd>{[offer.delivery ? labels.delivery : null, offer.pickup ? labels.pickup : null].filter(Boolean).join(', ') || labels.atService}</dd>
      {showAvailability ? (
        <>
          <dt className="font-semibold">{labels.availability}</dt>
          <dd>{offer.stock === null ? labels.service : offer.stock > 0 ? labels.stock(offer.stock) : labels.outOfStock}</dd>
        </>
      ) : null}
      <dt className="font-semibold">{labels.leadTime}</dt>
      <dd>{labels.days(offer.leadTimeDays)}</dd>
    </dl>
  );
}
