import type { FieldError } from '@/lib/errors';
import type { Locale } from '@/lib/i18n/config';
import { translateKey } from '@/lib/i18n/translator';

/** A batch answer's per-record reasons, in the caller's language. */
export function translatedRecordErrors(errors: FieldError[], locale: Locale): { field: string; message: string }[] {
  return errors.map((e) => ({ field: e.field, message: translateKey(locale, e.message, e.values) }));
}
