/**
 * The check digit shared by Kazakhstan's IIN and BIN: weights 1..11 over the first 11 digits,
 * mod 11; a result of 10 is recomputed with weights 3..11,1,2; a second 10 means the number
 * cannot be valid.
 */
const FIRST_WEIGHTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
const SECOND_WEIGHTS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

export function twelveDigitCheckDigit(first11: string): number | null {
  const digits = [...first11].map(Number);
  const weigh = (weights: number[]) => digits.reduce((sum, d, i) => sum + d * (weights[i] ?? 0), 0) % 11;
  const first = weigh(FIRST_WEIGHTS);
  if (first !== 10) return first;
  const second = weigh(SECOND_WEIGHTS);
  return second === 10 ? null : second;
}

export function hasValidCheckDigit(value: string): boolean {
  if (!/^\d{12}$/.test(value)) return false;
  return twelveDigitCheckDigit(value.slice(0, 11)) === Number(value[11]);
}
