import { z } from 'zod';
import { binProblem } from './bin';
import { ibanProblem, normalizeIban } from './iban';
import { iinProblem } from './iin';

/** IIN: 12 digits with a valid birth date and check digit; the message names the problem. */
export function iinField() {
  return z
    .string()
    .trim()
    .superRefine((value, ctx) => {
      const problem = iinProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: `validation.iin.${problem}` });
    });
}

export function binField() {
  return z
    .string()
    .trim()
    .superRefine((value, ctx) => {
      const problem = binProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: `validation.bin.${problem}` });
    });
}

/** Kazakhstan IBAN, accepted with spaces and in any case, stored normalised. */
export function ibanField() {
  return z
    .string()
    .transform(normalizeIban)
    .superRefine((value, ctx) => {
      const problem = ibanProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: `validation.iban.${problem}` });
    });
}

/** A Kazakhstan bank's BIK is its SWIFT code: four letters, KZ, two letters or digits. */
export function bikField() {
  return z
    .string()
    .trim()
    .transform((v) => v.toUpperCase())
    .pipe(z.string().regex(/^[A-Z]{4}KZ[A-Z0-9]{2}$/, 'validation.bik'));
}

/** A Kazakhstan phone number, stored as +7 and ten digits. */
export function phoneField() {
  return z
    .string()
    .transform((v) => v.replace(/[\s()-]/g, '').replace(/^8(?=\d{10}$)/, '+7'))
    .pipe(z.string().regex(/^\+7\d{10}$/, 'validation.phone'));
}

export function emailField() {
  return z.string().trim().toLowerCase().pipe(z.email({ message: 'validation.email' }).max(254));
}

/** A KATO code's form; whether it exists is the database's to say. */
export function katoField() {
  return z.string().trim().regex(/^\d{9}$/, 'validation.kato');
}
