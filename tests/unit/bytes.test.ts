import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64 } from '@/lib/signatures/bytes';
import { base64Text } from '@/lib/validation';

describe('base64 for signatures', () => {
  it('round-trips any bytes, including long ones', () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 31) % 256);
    expect(Buffer.from(fromBase64(toBase64(bytes))).equals(Buffer.from(bytes))).toBe(true);
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });
  it('accepts only what atob can read, so a bad value is a 422 and not a server error', () => {
    const schema = base64Text();
    expect(schema.safeParse('TWFu').success).toBe(true);
    expect(schema.safeParse('TWE=').success).toBe(true);
    expect(schema.safeParse('TQ==').success).toBe(true);
    for (const bad of ['TWFuT', 'TW=u', 'TQ===', 'TW Fu', 'TWF*']) expect(schema.safeParse(bad).success, bad).toBe(false);
  });
});
