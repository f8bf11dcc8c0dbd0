import { formatTenge, money } from '@/lib/money';

/**
 * Per unit, the state reimburses min(price, guaranteed sum); the rest is the recipient's
 * co-payment. With no sum in force nothing is reimbursed, so the whole price is co-payment.
 */
export function coPaymentPerUnit(price: string, guaranteedSum: string | null): string {
  if (guaranteedSum === null) return formatTenge(money(price));
  const difference = money(price).minus(money(guaranteedSum));
  return formatTenge(difference.isNegative() ? money('0') : difference);
}

/** Services have no stock and are always available; goods while any are left. The search's SQL filter says the same. */
export function isInStock(stock: number | null): boolean {
  return stock === null || stock > 0;
}
