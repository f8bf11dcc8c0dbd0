import { describe, expect, it } from 'vitest';
import { withCheckDigit } from '@/db/seed/identifiers';
import { baseUrl, demoAccounts } from './browser';

async function tokenOf(role: string): Promise<string> {
  const account = demoAccounts().find((a) => a.role === role && a.password)!;
  const response = await fetch(`${baseUrl()}/api/v1/auth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: account.login, password: account.password }),
  });
  return ((await response.json()) as { token: string }).token;
}

const post = (path: string, bearer: string | null, body: unknown, language = 'ru') =>
  fetch(`${baseUrl()}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': language, ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
    body: JSON.stringify(body),
  });

const iin = withCheckDigit('8803035000');
const record = {
  iprNumber: 'ИПР-API-0001',
  version: 1,
  iin,
  fullName: 'Нурланова Айгерим Маратовна',
  phone: '87015550099',
  address: 'Астана',
  kato: '711110000',
  disabilityGroup: '2',
  validFrom: '2026-11-01',
  validTo: '2027-10-31',
  measures: [{ code: 'SRV-SIGN-LANGUAGE', hoursPerYear: 60 }],
};

describe('entitlements API for E-Sobes', () => {
  it('imports a batch, rejecting only the bad record, with reasons in the caller\'s language; the same batch again changes nothing', async () => {
    const bearer = await tokenOf('integration_client');
    const batch = { records: [record, { ...record, iprNumber: 'ИПР-API-0002', measures: [{ code: 'SRV-ASSISTANT', hoursPerDay: 12 }] }] };
    const response = await post('/api/v1/entitlements/import', bearer, batch);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      accepted: [{ index: 0, iprNumber: 'ИПР-API-0001', outcome: 'created' }],
      rejected: [{ index: 1, iprNumber: 'ИПР-API-0002', errors: [{ field: 'measures.0.hoursPerDay', message: 'Индивидуальный помощник назначается не более 8 часов в день.' }] }],
    });
    const again = await post('/api/v1/entitlements/import', bearer, batch, 'en');
    const body = (await again.json()) as { accepted: { outcome: string }[]; rejected: { errors: { message: string }[] }[] };
    expect(body.accepted.map((a) => a.outcome)).toEqual(['unchanged']);
    expect(body.rejected[0]!.errors[0]!.message).toBe('The individual assistant is granted at most 8 hours a day.');
  });

  it('reports fulfilment per measure of the latest version, and 404 for an unknown IPR', async () => {
    const bearer = await tokenOf('integration_client');
    const response = await fetch(`${baseUrl()}/api/v1/entitlements/${encodeURIComponent('ИПР-API-0001')}/fulfilment`, { headers: { authorization: `Bearer ${bearer}` } });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      iprNumber: 'ИПР-API-0001',
      version: 1,
      iin,
      validFrom: '2026-11-01',
      measures: [{ code: 'SRV-SIGN-LANGUAGE', hoursPerYear: 60, startsOn: '2026-11-01', delivered: { quantity: 0, minutes: 0 } }],
    });
    const unknown = await fetch(`${baseUrl()}/api/v1/entitlements/NO-SUCH/fulfilment`, { headers: { authorization: `Bearer ${bearer}` } });
    expect(unknown.status).toBe(404);
  });

  it('records a departure once', async () => {
    const bearer = await tokenOf('integration_client');
    const event = { events: [{ type: 'departure', iin, date: '2026-11-20' }] };
    expect(await (await post('/api/v1/entitlements/events', bearer, event)).json()).toEqual({ accepted: [{ index: 0, outcome: 'recorded' }], rejected: [] });
    expect(await (await post('/api/v1/entitlements/events', bearer, event)).json()).toEqual({ accepted: [{ index: 0, outcome: 'unchanged' }], rejected: [] });
  });

  it('answers problem+json to callers without the right, and to a body that is not a list of records', async () => {
    // Without credentials (from the portal's own origin, so the CSRF check is not what refuses it).
    const anonymous = await fetch(`${baseUrl()}/api/v1/entitlements/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: baseUrl() },
      body: JSON.stringify({ records: [record] }),
    });
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('content-type')).toContain('application/problem+json');
    const provider = await post('/api/v1/entitlements/import', await tokenOf('provider_admin'), { records: [record] });
    expect(provider.status).toBe(403);
    const empty = await post('/api/v1/entitlements/import', await tokenOf('integration_client'), { records: [] }, 'en');
    expect(empty.status).toBe(422);
    expect(((await empty.json()) as { errors: { field: string }[] }).errors[0]!.field).toBe('records');
  });
});
