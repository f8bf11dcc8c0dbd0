import { describe, expect, it } from 'vitest';
import { baseUrl, demoAccount } from './browser';

async function token(role: Parameters<typeof demoAccount>[0]): Promise<string> {
  const account = demoAccount(role);
  const response = await fetch(`${baseUrl()}/api/v1/auth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: account.login, password: account.password }),
  });
  expect(response.status).toBe(200);
  const body = (await response.json()) as { token: string; expiresAt: string };
  expect(body.expiresAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+05:00$/);
  return body.token;
}

describe('REST API over HTTP', () => {
  it('issues a token and answers /me for it', async () => {
    const bearer = await token('provider_admin');
    const response = await fetch(`${baseUrl()}/api/v1/me`, { headers: { authorization: `Bearer ${bearer}` } });
    expect(response.status).toBe(200);
    const me = await response.json();
    const account = demoAccount('provider_admin');
    expect(me).toEqual({ id: expect.any(String), role: 'provider_admin', name: account.name, bin: account.bin });
  });

  it('answers /me with iin for a person', async () => {
    const bearer = await token('recipient');
    const me = await (await fetch(`${baseUrl()}/api/v1/me`, { headers: { authorization: `Bearer ${bearer}` } })).json();
    expect(me).toMatchObject({ role: 'recipient', iin: demoAccount('recipient').iin });
    expect(me.bin).toBeUndefined();
  });

  it('computes the working-day deadline', async () => {
    const bearer = await token('integration_client');
    const from = encodeURIComponent('2026-11-25T10:00:00+05:00');
    const response = await fetch(`${baseUrl()}/api/v1/calendar/deadline?from=${from}&workingDays=5`, {
      headers: { authorization: `Bearer ${bearer}` },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ deadline: '2026-12-02T23:59:59+05:00' });
    const overIndependenceDay = await fetch(
      `${baseUrl()}/api/v1/calendar/deadline?from=${encodeURIComponent('2026-12-11T09:00:00+05:00')}&workingDays=5`,
      { headers: { authorization: `Bearer ${bearer}` } },
    );
    expect(await overIndependenceDay.json()).toEqual({ deadline: '2026-12-21T23:59:59+05:00' });
  });

  it('refuses bad input with problem+json naming the fields, in the caller language', async () => {
    const bearer = await token('integration_client');
    const response = await fetch(`${baseUrl()}/api/v1/calendar/deadline?from=yesterday&workingDays=0`, {
      headers: { authorization: `Bearer ${bearer}`, 'accept-language': 'kk-KZ,kk;q=0.9' },
    });
    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    const problem = await response.json();
    expect(problem).toMatchObject({
      type: 'https://qamqor.kz/problems/validation-failed',
      status: 422,
      code: 'validation_failed',
      title: 'Деректер қате',
    });
    expect(problem.errors.map((e: { field: string }) => e.field).sort()).toEqual(['from', 'workingDays']);
    expect(problem.errors.find((e: { field: string }) => e.field === 'workingDays').message).toBe('Тым аз: кемінде 1.');
  });

  it('refuses a year whose calendar was not entered, rather than guessing', async () => {
    const bearer = await token('integration_client');
    const response = await fetch(
      `${baseUrl()}/api/v1/calendar/deadline?from=${encodeURIComponent('2031-03-02T10:00:00+05:00')}&workingDays=5`,
      { headers: { authorization: `Bearer ${bearer}`, 'accept-language': 'en' } },
    );
    expect(response.status).toBe(422);
    expect((await response.json()).detail).toContain('2031');
  });

  it('answers 401 without a credential and for a forged token', async () => {
    const anonymous = await fetch(`${baseUrl()}/api/v1/me`, { headers: { 'accept-language': 'ru' } });
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ code: 'unauthenticated', title: 'Вход не выполнен' });
    const forged = await fetch(`${baseUrl()}/api/v1/me`, { headers: { authorization: 'Bearer qmq_forged' } });
    expect(forged.status).toBe(401);
  });

  it('refuses a wrong password with 401 and malformed JSON with 400', async () => {
    const wrong = await fetch(`${baseUrl()}/api/v1/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: 'admin@qamqor.kz', password: 'not-it' }),
    });
    expect(wrong.status).toBe(401);
    expect((await wrong.json()).code).toBe('invalid_credentials');
    const malformed = await fetch(`${baseUrl()}/api/v1/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"login":',
    });
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).code).toBe('malformed_request');
  });

  it('refuses an oversized body, control characters and out-of-range dates with 4xx, never 500', async () => {
    const huge = await fetch(`${baseUrl()}/api/v1/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: 'x', password: 'y'.repeat(200_000) }),
    });
    expect(huge.status).toBe(413);
    expect((await huge.json()).code).toBe('payload_too_large');
    const nul = await fetch(`${baseUrl()}/api/v1/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: 'admin\u0000@qamqor.kz', password: 'x' }),
    });
    expect(nul.status).toBe(422);
    const bearer = await token('integration_client');
    for (const from of ['0999-06-01T00:00:00Z', '9999-12-01T00:00:00Z']) {
      const r = await fetch(`${baseUrl()}/api/v1/calendar/deadline?from=${encodeURIComponent(from)}&workingDays=5`, {
        headers: { authorization: `Bearer ${bearer}` },
      });
      expect(r.status, from).toBe(422);
    }
  });

  it('serves the OpenAPI document', async () => {
    const response = await fetch(`${baseUrl()}/api/v1/openapi.json`);
    expect(response.status).toBe(200);
    const doc = await response.json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/v1/auth/token', '/api/v1/me', '/api/v1/calendar/deadline', '/api/v1/health']),
    );
  });

  it('sends the security headers, and a nonce-based CSP on pages', async () => {
    const page = await fetch(`${baseUrl()}/sign-in`);
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    const html = await page.text();
    expect(html).toContain(`nonce="${nonce}"`);
    const second = await fetch(`${baseUrl()}/sign-in`);
    expect(second.headers.get('content-security-policy')).not.toBe(csp);
  });
});
