import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/config';
import { displayTenge } from '@/lib/i18n/format';
import type { OfferTermHeadings, OfferTermsText } from './offer-terms';

export interface OfferTermsSource {
  unit: 'piece' | 'hour' | 'day';
  price: string;
  guaranteedSum: string | null;
  coPayment: string;
  delivery: boolean;
  pickup: boolean;
  stock: number | null;
  leadTimeDays: number;
}

/**
 * Words an offer's terms in the page's language. The headings and messages are translated once
 * per page; `describe` then only formats each offer's numbers.
 */
export async function offerTermsWording(locale: Locale) {
  const t = await getTranslations('marketplace');
  const priceHeading = { piece: t('price', { unit: t('units.piece') }), hour: t('price', { unit: t('units.hour') }), day: t('price', { unit: t('units.day') }) };
  const headings: OfferTermHeadings = {
    guaranteedSum: t('guaranteedSum'),
    coPayment: t('coPayment'),
    noCoPayment: t('noCoPayment'),
    receive: t('receive'),
    availability: t('availability'),
    leadTime: t('leadTime'),
  };
  const noSum = t('noSum');
  const delivery = t('delivery');
  const pickup = t('pickup');
  const atService = t('atService');
  const service = t('service');
  const outOfStock = t('outOfStock');
  const availability = (stock: number | null) => (stock === null ? service : stock > 0 ? t('stock', { count: stock }) : outOfStock);

  /** `showAvailability`: the recipient's search says what is in stock; the public page does not. */
  function describe(offer: OfferTermsSource, { showAvailability = false } = {}): OfferTermsText {
    return {
      priceHeading: priceHeading[offer.unit],
      price: displayTenge(offer.price, locale),
      guaranteedSum: offer.guaranteedSum ? displayTenge(offer.guaranteedSum, locale) : noSum,
      coPayment: offer.coPayment !== '0.00' ? displayTenge(offer.coPayment, locale) : null,
      receive: [offer.delivery ? delivery : null, offer.pickup ? pickup : null].filter(Boolean).join(', ') || atService,
      ...(showAvailability ? { availability: availability(offer.stock) } : {}),
      leadTime: t('days', { count: offer.leadTimeDays }),
    };
  }
  return { headings, describe };
}
