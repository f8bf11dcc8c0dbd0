import { expect } from 'vitest';
import type { DemoAccount } from '@/db/seed/demo';
import { baseUrl, demoAccounts } from './browser';

/** A bearer token for the first demo account that matches. */
export async function tokenFor(pick: (a: DemoAccount) => boolean): Promise<string> {
  const account = demoAccounts().find(pick);
  if (!account) throw new Error('no such demo account');
  const response = await fetch(`${baseUrl()}/api/v1/auth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: account.login, password: account.password }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { token: string }).token;
}

/** One API call with a bearer token, in the given language; JSON body when given. */
export function apiCall(bearer: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}, language = 'en') {
  return fetch(`${baseUrl()}${path}`, {
    method,
    headers: { authorization: `Bearer ${bearer}`, 'accept-language': language, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}
