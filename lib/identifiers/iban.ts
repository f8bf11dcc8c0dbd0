/**
 * Kazakhstan IBAN: "KZ", two check digits, a 3-digit bank code and a 13-character account,
 * 20 characters in all, verified with ISO 13616 mod-97.
 */
export type IbanProblem = 'format' | 'check_digits';

export function normalizeIban(value: string): string {
  return value.replace(/\s+/g, '').toUpperCase();
}

export function ibanProblem(raw: string): IbanProblem | null {
  const iban = normalizeIban(raw);
  if (!/^KZ\d{2}\d{3}[0-9A-Z]{13}$/.test(iban)) return 'format';
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  const numeric = [...rearranged].map((c) => (/[A-Z]/.test(c) ? String(c.charCodeAt(0) - 55) : c)).join('');
  // Piecewise mod-97 keeps every intermediate value far below 2^53.
  let remainder = 0;
  for (const ch of numeric) remainder = (remainder * 10 + Number(ch)) % 97;
  return remainder === 1 ? null : 'check_digits';
}

export function isValidIban(value: string): boolean {
  return ibanProblem(value) === null;
}
