import 'server-only';
import type { z } from 'zod';
import { AppError, isAppError } from '@/lib/errors';
import type { Locale } from '@/lib/i18n/config';
import { pageLocale } from '@/lib/i18n/page-locale';
import { translateKey } from '@/lib/i18n/translator';
import { fieldErrorsFromZod } from '@/lib/i18n/zod-errors';

/** What an administration form's server action answers: saved, or why not in the reader's language. */
export interface AdminFormState {
  status: 'idle' | 'saved' | 'error';
  message?: string;
  fieldErrors?: Record<string, string>;
  /** What was typed, so a refused form is shown again as the person left it (React resets it). */
  values?: Record<string, string>;
}

/** The named text fields of a submitted form (Next's own $ACTION fields are left out). */
export function formValues(formData: FormData, names: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of names) {
    const value = formData.get(name);
    if (typeof value === 'string') values[name] = value;
  }
  return values;
}

/** Parses with zod; a failure becomes the same AppError the domain throws, with catalog keys. */
export function parseForm<S extends z.ZodType>(schema: S, values: Record<string, unknown>): z.infer<S> {
  const parsed = schema.safeParse(values);
  if (!parsed.success) throw new AppError('validation_failed', { fieldErrors: fieldErrorsFromZod(parsed.error) });
  return parsed.data;
}

/**
 * A refusal in the reader's language, with the typed values; translateValues may first put a
 * value of the message into words (a status code, say). Anything that is not an AppError is a
 * fault, not a refusal, and is rethrown for the error page and the log.
 */
export async function errorState(
  error: unknown,
  values: Record<string, string>,
  translateValues: (values: Record<string, string | number>, locale: Locale) => Record<string, string | number> = (v) => v,
): Promise<AdminFormState> {
  if (!isAppError(error)) throw error;
  const locale = await pageLocale();
  const fieldErrors: Record<string, string> = {};
  for (const f of error.fieldErrors) {
    const text = translateKey(locale, f.message, f.values);
    // Two problems with one field are both shown.
    fieldErrors[f.field] = fieldErrors[f.field] ? `${fieldErrors[f.field]} ${text}` : text;
  }
  return { status: 'error', message: translateKey(locale, error.detailKey, translateValues(error.values, locale)), fieldErrors, values };
}
