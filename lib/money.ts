import Decimal from 'decimal.js';

/**
 * Money is Kazakhstan tenge with two decimals (tiyn). Values are decimal.js built from strings
 * only, never a JS number, and stored as `numeric` (string mode). Rounding to the tiyn is
 * half-up (ROUND_HALF_UP), applied once where a rule says so, never on every step.
 */
const Tenge = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Money = InstanceType<typeof Tenge>;

const MONEY_PATTERN = /^-?\d{1,12}(\.\d{1,2})?$/;

export function isMoneyString(value: string): boolean {
  return MONEY_PATTERN.test(value);
}

/** Parses an amount written as a string such as "12500" or "12500.50". */
export function money(value: string): Money {
  if (typeof value !== 'string' || !isMoneyString(value)) {
    throw new TypeError(`not a tenge amount: ${String(value)}`);
  }
  return new Tenge(value);
}

/** Rounds to the tiyn, half-up. */
export function roundToTiyn(value: Money): Money {
  return value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** Canonical text form with exactly two decimals, as stored and shown. */
export function formatTenge(value: Money): string {
  return roundToTiyn(value).toFixed(2);
}

export function sumMoney(values: readonly Money[]): Money {
  return values.reduce<Money>((acc, v) => acc.plus(v), new Tenge(0));
}

export function minMoney(a: Money, b: Money): Money {
  return a.lessThanOrEqualTo(b) ? a : b;
}

/** Cost of a quantity of minutes at a price per hour, rounded once to the tiyn. */
export function costOfMinutes(minutes: number, pricePerHour: Money): Money {
  if (!Number.isInteger(minutes) || minutes < 0) throw new RangeError('minutes must be a non-negative integer');
  return roundToTiyn(pricePerHour.times(minutes).dividedBy(60));
}
