import { refuseByRule } from '@/lib/rule-refusal';

/** A journal rule refused the entry: 422 naming the rule, on the field it concerns. */
export function refuse(rule: string, field: string, values: Record<string, string | number> = {}): never {
  refuseByRule('journal', rule, field, values);
}
