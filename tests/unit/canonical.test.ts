import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalBytes, sha256Hex } from '@/lib/signatures/canonical';

const leaf = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.stringMatching(/^\d{1,9}\.\d{2}$/));
const documentArb = fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), fc.oneof(leaf, fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), leaf), fc.array(leaf, { maxLength: 4 })), { minKeys: 1, maxKeys: 8 });

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Every path to a leaf of a JSON value. */
function leafPaths(value: Json, path: (string | number)[] = []): (string | number)[][] {
  if (value !== null && typeof value === 'object') {
    const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
    return entries.flatMap(([k, v]) => leafPaths(v as Json, [...path, k]));
  }
  return [path];
}

function withLeafChanged(doc: Json, path: (string | number)[]): Json {
  const copy = structuredClone(doc) as Record<string | number, Json>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  const last = path[path.length - 1]!;
  const old = node[last];
  // A different value of a different kind or content, never equal to the old one.
  node[last] = typeof old === 'string' ? `${old}x` : typeof old === 'number' ? old + 1 : typeof old === 'boolean' ? !old : 'changed';
  return copy;
}

describe('canonical bytes (RFC 8785)', () => {
  it('changes when any signed field changes', () => {
    fc.assert(
      fc.property(documentArb, fc.nat(), (doc, pick) => {
        const paths = leafPaths(doc as Json).filter((p) => p.length > 0);
        fc.pre(paths.length > 0);
        const path = paths[pick % paths.length]!;
        const before = sha256Hex(canonicalBytes(doc));
        const after = sha256Hex(canonicalBytes(withLeafChanged(doc as Json, path)));
        expect(after).not.toBe(before);
      }),
      { numRuns: 300 },
    );
  });

  it('does not depend on key order or spacing', () => {
    fc.assert(
      fc.property(documentArb, (doc) => {
        const reversed = Object.fromEntries(Object.entries(doc).reverse());
        expect(Buffer.from(canonicalBytes(reversed)).equals(Buffer.from(canonicalBytes(doc)))).toBe(true);
      }),
    );
  });

  it('is UTF-8 of sorted keys without spaces', () => {
    expect(new TextDecoder().decode(canonicalBytes({ b: 'Қазақ', a: 1.5, c: [true, null] }))).toBe('{"a":1.5,"b":"Қазақ","c":[true,null]}');
  });
});
