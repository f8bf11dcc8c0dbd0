import { describe, expect, it } from 'vitest';
import { assertSameOrigin, resolveApiActor } from '@/lib/auth/access';
import { AppError } from '@/lib/errors';

const post = (headers: Record<string, string>) =>
  new Request('http://portal.test/api/v1/anything', { method: 'POST', headers: { host: 'portal.test', ...headers } });

function codeOf(fn: () => void): string {
  try {
    fn();
    return 'ok';
  } catch (error) {
    return error instanceof AppError ? error.code : 'other';
  }
}

describe('CSRF for cookie-authenticated mutations (R14)', () => {
  it('accepts the same origin', () => {
    expect(codeOf(() => assertSameOrigin(post({ origin: 'http://portal.test', 'sec-fetch-site': 'same-origin' })))).toBe('ok');
  });
  it('refuses a missing Origin', () => {
    expect(codeOf(() => assertSameOrigin(post({})))).toBe('csrf_rejected');
  });
  it('refuses another origin, or a cross-site fetch', () => {
    expect(codeOf(() => assertSameOrigin(post({ origin: 'https://evil.test' })))).toBe('csrf_rejected');
    expect(codeOf(() => assertSameOrigin(post({ origin: 'http://portal.test', 'sec-fetch-site': 'cross-site' })))).toBe('csrf_rejected');
    expect(codeOf(() => assertSameOrigin(post({ origin: 'null' })))).toBe('csrf_rejected');
  });
  it('is applied before any session is read for a mutating call without a bearer token', async () => {
    await expect(resolveApiActor(post({ origin: 'https://evil.test' }))).rejects.toMatchObject({ code: 'csrf_rejected' });
  });
  it('does not apply to bearer-token calls, which carry no ambient credential', async () => {
    // A credential in the Authorization header is judged as such (here: malformed), not as CSRF.
    await expect(
      resolveApiActor(post({ origin: 'https://evil.test', authorization: 'Basic dXNlcjpwYXNz' })),
    ).rejects.toMatchObject({ code: 'unauthenticated' });
  });
});
