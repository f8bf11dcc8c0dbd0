import type { z } from 'zod';
import type { FieldError } from '@/lib/errors';

/**
 * Turns zod issues into field errors whose messages are catalog keys, so the same failure
 * reads in Kazakh, Russian or English. Our own refinements already carry a key as message.
 */
export function fieldErrorsFromZod(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({ field: issue.path.join('.') || '(root)', ...messageFor(issue) }));
}

function messageFor(issue: z.core.$ZodIssue): { message: string; values?: Record<string, string | number> } {
  if (issue.message.startsWith('validation.')) {
    // A refinement passes the values its message needs (a limit, a code) as params.
    const values = issue.code === 'custom' ? (issue.params as Record<string, string | number> | undefined) : undefined;
    return values ? { message: issue.message, values } : { message: issue.message };
  }
  switch (issue.code) {
    case 'invalid_type':
      // zod 4 leaves `input` out of issues; its English message still says what was received.
      return issue.input === null || /received (undefined|null)$/.test(issue.message)
        ? { message: 'validation.required' }
        : { message: 'validation.invalid_type', values: { expected: String(issue.expected) } };
    case 'too_small':
      return {
        message: issue.origin === 'string' ? 'validation.too_short' : 'validation.too_small',
        values: { minimum: String(issue.minimum) },
      };
    case 'too_big':
      return {
        message: issue.origin === 'string' ? 'validation.too_long' : 'validation.too_big',
        values: { maximum: String(issue.maximum) },
      };
    case 'invalid_format':
      return { message: 'validation.invalid_format', values: { format: String(issue.format) } };
    case 'invalid_value':
      return { message: 'validation.invalid_value', values: { allowed: issue.values.map(String).join(', ') } };
    case 'unrecognized_keys':
      return { message: 'validation.unrecognized_keys', values: { keys: issue.keys.join(', ') } };
    default:
      return { message: 'validation.invalid' };
  }
}
