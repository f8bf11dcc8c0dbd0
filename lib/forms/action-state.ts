import 'server-only';
import type { z } from 'zod';
import { AppError, isAppError } from '@/lib/errors';
import type { Locale } from '@/lib/i18n/config';
import { pageLocale } from '@/lib/i18n/page-locale';
import { translateKey } from '@/lib/i18n/translator';
import { fieldErrorsFromZod } from '@/lib/i18n/zod-errors';

/** What a server action tells its form: saved, or why not, per field, in the reader's language. */
export interface ActionState {
  status: 'idle' | 'saved' | 'error';
  message?: string;
  fieldErrors?: Record<string, string>;
  /**
   * What was typed, handed back on an error: React resets a form after its action, and a
   * refused form must not lose the person's input. Passwords and files are never echoed.
   */
  submitted?: Record<string, string[]>;
}

export function submittedValues(form: FormData): Record<string, string[]> {
  const values: Record<string, string[]> = {};
  for (const [key, value] of form.entries()) {
    if (typeof value !== 'string' || /password/i.test(key) || key.startsWith('$ACTION')) continue;
    (values[key] ??= []).push(value);
  }
  return values;
}

export const idleState: ActionState = { status: 'idle' };

export function parseOrFail<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new AppError('validation_failed', { fieldErrors: fieldErrorsFromZod(parsed.error) });
  return parsed.data;
}

/** The named text fields of a submitted form, as a schema's input. */
export function formFields(form: FormData, names: readonly string[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const name of names) {
    const value = form.get(name);
    if (typeof value === 'string') fields[name] = value;
  }
  return fields;
}

/**
 * Domain refusals become a message; anything else is a bug and is rethrown to the error page.
 * translateValues may first put a value of the message and of its fields into words (a status code, say).
 */
export async function errorState(
  error: unknown,
  form?: FormData,
  translateValues: (values: Record<string, string | number>, locale: Locale) => Record<string, string | number> = (v) => v,
): Promise<ActionState> {
  if (!isAppError(error)) throw error;
  const locale = await pageLocale();
  const fieldErrors: Record<string, string> = {};
  for (const f of error.fieldErrors) {
    const text = translateKey(locale, f.message, f.values && translateValues(f.values, locale));
    fieldErrors[f.field] = fieldErrors[f.field] ? `${fieldErrors[f.field]} ${text}` : text;
  }
  return { status: 'error', message: translateKey(locale, error.detailKey, translateValues(error.values, locale)), fieldErrors, ...(form ? { submitted: submittedValues(form) } : {}) };
}
