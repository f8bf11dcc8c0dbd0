/**
 * The caller's address for rate limits: the last X-Forwarded-For hop, which the nearest
 * proxy (or Next's own server) appends; earlier hops are client-supplied and not trusted.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for');
  const last = forwarded?.split(',').map((s) => s.trim()).filter(Boolean).pop();
  return last || headers.get('x-real-ip') || 'unknown';
}
