import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { Bytes } from './bytes';

/**
 * The canonical byte form a signature covers: RFC 8785 (JCS) JSON, UTF-8. Keys are sorted and
 * numbers normalised, so the same document always gives the same bytes, and any change to any
 * field gives other bytes.
 */
export function canonicalBytes(value: unknown): Bytes {
  const text = canonicalize(value);
  if (text === undefined) throw new TypeError('document content is not JSON-serialisable');
  return new TextEncoder().encode(text) as Bytes;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
