/**
 * What an offer costs, what the state pays and the recipient adds, how and when it arrives.
 * Plain layout over text the server has already worded (see offer-terms-text.ts), so it renders
 * the same inside server pages and client lists: a list of offers then crosses to the browser
 * as a few strings per card instead of a tree of elements.
 */
export interface OfferTermsText {
  /** "Price (per piece)": the heading depends on the unit. */
  priceHeading: string;
  price: string;
  guaranteedSum: string;
  /** Null when the price is not above the guaranteed sum. */
  coPayment: string | null;
  receive: string;
  /** Only where the page says what is in stock. */
  availability?: string;
  leadTime: string;
}

/** The headings every card shares, worded once per page. */
export interface OfferTermHeadings {
  guaranteedSum: string;
  coPayment: string;
  noCoPayment: string;
  receive: string;
  availability: string;
  leadTime: string;
}

export function OfferTerms({ terms, headings }: { terms: OfferTermsText; headings: OfferTermHeadings }) {
  return (
    <dl className="mt-3 grid grid-cols-1 gap-x-4 sm:grid-cols-[max-content_1fr] sm:gap-y-1 [&>dd]:mb-2 sm:[&>dd]:mb-0">
      <dt className="font-semibold">{terms.priceHeading}</dt>
      <dd>{terms.price}</dd>
      <dt className="font-semibold">{headings.guaranteedSum}</dt>
      <dd>{terms.guaranteedSum}</dd>
      <dt className="font-semibold">{headings.coPayment}</dt>
      <dd>{terms.coPayment ? <strong>{terms.coPayment}</strong> : headings.noCoPayment}</dd>
      <dt className="font-semibold">{headings.receive}</dt>
      <dd>{terms.receive}</dd>
      {terms.availability !== undefined ? (
        <>
          <dt className="font-semibold">{headings.availability}</dt>
          <dd>{terms.availability}</dd>
        </>
      ) : null}
      <dt className="font-semibold">{headings.leadTime}</dt>
      <dd>{terms.leadTime}</dd>
    </dl>
  );
}
