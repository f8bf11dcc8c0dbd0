import { z } from 'zod';

/** Text a person typed: no control characters (a NUL would make the database refuse the query). */
export function plainText() {
  return z.string().regex(/^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/, 'validation.control_characters');
}

/** A calendar date within the years the portal can reason about. */
export function portalDate() {
  return z.iso.date({ message: 'validation.date' }).refine((d) => !/^\d{4}-\d{2}-\d{2}$/.test(d) || (d >= '2000-01-01' && d <= '2100-12-31'), 'validation.date_range');
}

/** Base64 as atob reads it: whole 4-character groups, padding only at the end. */
export function base64Text() {
  return z.string().regex(/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/, 'validation.base64');
}
