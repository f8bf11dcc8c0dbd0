import { AppError } from '@/lib/errors';

/** Opaque keyset cursors: the sort key of the last row shown, so pages stay stable and cheap. */
export function encodeCursor(values: (string | number)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string, shape: ('string' | 'number')[]): (string | number)[] {
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    values = null;
  }
  const fits =
    Array.isArray(values) &&
    values.length === shape.length &&
    values.every((v, i) => typeof v === shape[i] && (typeof v !== 'string' || (v.length <= 64 && /^[0-9a-f.-]+$/i.test(v))));
  if (!fits) throw new AppError('validation_failed', { fieldErrors: [{ field: 'cursor', message: 'validation.cursor' }] });
  return values as (string | number)[];
}
