import { hasValidCheckDigit } from './check-digit';

export type IinProblem = 'format' | 'birth_date' | 'century' | 'check_digit';

/**
 * IIN: YYMMDD of birth, a century-and-sex digit (1–6), four serial digits, a check digit.
 * Returns null when valid, otherwise which part is wrong (for a precise message).
 */
export function iinProblem(value: string): IinProblem | null {
  if (!/^\d{12}$/.test(value)) return 'format';
  const centuryDigit = Number(value[6]);
  if (centuryDigit < 1 || centuryDigit > 6) return 'century';
  const century = 1800 + Math.ceil(centuryDigit / 2) * 100;
  const year = century + Number(value.slice(0, 2));
  const month = Number(value.slice(2, 4));
  const day = Number(value.slice(4, 6));
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    return 'birth_date';
  }
  return hasValidCheckDigit(value) ? null : 'check_digit';
}

export function isValidIin(value: string): boolean {
  return iinProblem(value) === null;
}
