import { AppError } from '@/lib/errors';

/** Awaits a call that must be refused and answers how: the error code, its message key and the fields with theirs. */
export async function failure(promise: Promise<unknown>): Promise<{ code: string; detail: string; fields: string[]; values: Record<string, string | number> }> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof AppError) return { code: e.code, detail: e.detailKey, fields: e.fieldErrors.map((f) => `${f.field}:${f.message}`), values: e.values };
    throw e;
  }
  throw new Error('expected a refusal');
}
