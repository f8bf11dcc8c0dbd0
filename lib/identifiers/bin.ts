import { hasValidCheckDigit } from './check-digit';

export type BinProblem = 'format' | 'registration_month' | 'entity_type' | 'check_digit';

/**
 * BIN: YYMM of registration, an entity-type digit (4 resident legal entity, 5 non-resident,
 * 6 branch or joint entrepreneurship), an attribute digit, five serial digits, a check digit.
 */
export function binProblem(value: string): BinProblem | null {
  if (!/^\d{12}$/.test(value)) return 'format';
  const month = Number(value.slice(2, 4));
  if (month < 1 || month > 12) return 'registration_month';
  if (!['4', '5', '6'].includes(value[4] ?? '')) return 'entity_type';
  return hasValidCheckDigit(value) ? null : 'check_digit';
}

export function isValidBin(value: string): boolean {
  return binProblem(value) === null;
}
