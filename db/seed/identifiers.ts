import { twelveDigitCheckDigit } from '@/lib/identifiers';

/**
 * Makes a valid 12-digit IIN/BIN from its first 10 digits by choosing the serial digit
 * that gives a computable check digit (some prefixes have none).
 */
export function withCheckDigit(first10: string): string {
  for (let serial = 0; serial <= 9; serial++) {
    const first11 = `${first10}${serial}`;
    const check = twelveDigitCheckDigit(first11);
    if (check !== null) return `${first11}${check}`;
  }
  throw new Error(`no valid number with prefix ${first10}`);
}
