import { z } from 'zod';
import { isMoneyString } from './money';

/** The largest price or sum the portal accepts: a hundred million tenge is beyond any item. */
export const MAX_AMOUNT = '100000000';

/**
 * A tenge amount as a person or a client writes it: digits with at most two decimals, a comma
 * allowed as the decimal mark, above zero and at most `max` (a power of ten). Kept a string end to
 * end (never a float); normalised to "1234.50".
 */
export function tengeField(max: string = MAX_AMOUNT) {
  return z
    .union([z.string(), z.number()])
    .transform((v) => (typeof v === 'number' ? String(v) : v.trim().replace(/\s/g, '').replace(',', '.')))
    .superRefine((value, ctx) => {
      if (!isMoneyString(value)) {
        ctx.addIssue({ code: 'custom', message: 'validation.money_format' });
        return;
      }
      const [whole = '0', fraction = ''] = value.replace(/^-/, '').split('.');
      const positive = !value.startsWith('-') && /[1-9]/.test(whole + fraction);
      const digits = whole.replace(/^0+/, '');
      const withinMax = digits.length < max.length || (digits === max && !/[1-9]/.test(fraction));
      if (!positive || !withinMax) ctx.addIssue({ code: 'custom', message: 'validation.money_range', params: { max } });
    })
    .transform((value) => {
      // Only reached for valid, positive amounts.
      const [whole = '0', fraction = ''] = value.split('.');
      return `${whole.replace(/^0+(?=\d)/, '')}.${fraction.padEnd(2, '0')}`;
    });
}
