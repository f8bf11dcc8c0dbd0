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

export function reimbursedPerUnit(price: string, guaranteedSum: string | null): string {
  if (guaranteedSum === null) return '0.00';
  const p = money(price);
  const g = money(guaranteedSum);
  return formatTenge(p.lessThanOrEqualTo(g) ? p : g);
}
