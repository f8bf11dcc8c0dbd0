import { AppError } from '@/lib/errors';

/**
 * A domain rule refused the request: 422 naming the rule (errors.<domain>.<rule>), on the field it
 * concerns (validation.<domain>.<rule>), with the values its message needs.
 */
export function refuseByRule(domain: string, rule: string, field: string, values: Record<string, string | number> = {}): never {
  throw new AppError('rule_violation', { detailKey: `errors.${domain}.${rule}`, values, fieldErrors: [{ field, message: `validation.${domain}.${rule}`, values }] });
}
