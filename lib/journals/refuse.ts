import { AppError } from '@/lib/errors';

/** A journal rule refused the entry: 422 naming the rule, on the field it concerns. */
export function refuse(rule: string, field: string, values: Record<string, string | number> = {}): never {
  throw new AppError('rule_violation', { detailKey: `errors.journal.${rule}`, values, fieldErrors: [{ field, message: `validation.journal.${rule}`, values }] });
}
