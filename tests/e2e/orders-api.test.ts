import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { tokenFor } from './api-client';
import { baseUrl } from './browser';


// Ахметова (deaf, Astana) is entitled to sign-language hours, which the entrepreneur offers in Astana.
const recipient = () => tokenFor((a) => a.role === 'recipient' && a.name.startsWith('Ахметова'));
const medtech = () => tokenFor((a) => a.role === 'provider_admin' && a.name.startsWith('Искаков'));
const karagandaOfficer = () => tokenFor((a) => a.role === 'office_officer' && a.name.startsWith('Петров'));

const call = (bearer: string, method: string, path: string, body?: unknown, extra: Record<string, string> = {}) =>
  fetch(`${baseUrl()}${path}`, {
    method,
    headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json', 'accept-language': 'ru', ...extra },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

async function signLanguageItemId(): Promise<string> {
  const response = await fetch(`${baseUrl()}/api/v1/providers?region=710000000&code=SRV-SIGN-LANGUAGE`);
  const { items } = (await response.json()) as { items: { offers: { catalogItemId: string; code: string }[] }[] };
  return items.flatMap((p) => p.offers).find((o) => o.code === 'SRV-SIGN-LANGUAGE')!.catalogItemId;
}

describe('orders API', () => {
  it('needs a credential, and the right role', async () => {
    const anonymous = await fetch(`${baseUrl()}/api/v1/orders`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('content-type')).toContain('application/problem+json');
    const byProvider = await call(await medtech(), 'POST', '/api/v1/orders', { catalogItemId: randomUUID(), quantity: 1 }, { 'idempotency-key': randomUUID() });
    expect(byProvider.status).toBe(403);
  });

  it('refuses bad input with a problem naming each field, in the caller’s language, writing nothing', async () => {
    const bearer = await recipient();
    const ordersNow = async () => ((await (await call(bearer, 'GET', '/api/v1/orders')).json()) as { items: unknown[] }).items.length;
    const before = await ordersNow();
    const response = await call(bearer, 'POST', '/api/v1/orders', { catalogItemId: 'not-an-id', quantity: 0, delivery: 'drone' }, { 'idempotency-key': randomUUID() });
    expect(response.status).toBe(422);
    const problem = (await response.json()) as { errors: { field: string; message: string }[] };
    expect(problem.errors.map((e) => e.field).sort()).toEqual(['catalogItemId', 'delivery', 'quantity']);
    expect(problem.errors.find((e) => e.field === 'quantity')?.message).toContain('целое число');
    // A service is not delivered: the rule names the field.
    const service = await call(bearer, 'POST', '/api/v1/orders', { catalogItemId: await signLanguageItemId(), quantity: 1, delivery: 'delivery' }, { 'idempotency-key': randomUUID() });
    expect(service.status).toBe(422);
    expect(((await service.json()) as { errors: { field: string }[] }).errors[0]?.field).toBe('delivery');
    expect(await ordersNow()).toBe(before);
  });

  it('places a draft once per Idempotency-Key, answers the application to sign, and shows it only to those entitled to see it', async () => {
    const bearer = await recipient();
    const key = randomUUID();
    const body = { catalogItemId: await signLanguageItemId(), quantity: 1 };
    const first = await call(bearer, 'POST', '/api/v1/orders', body, { 'idempotency-key': key });
    expect(first.status).toBe(201);
    const order = (await first.json()) as { id: string; number: string; status: string; deadline: string | null; documents: { application: string }; money: { coPaymentTotal: string } };
    expect(order).toMatchObject({ status: 'draft', deadline: null, money: { coPaymentTotal: expect.stringMatching(/^\d+\.\d{2}$/) } });
    expect(order.number).toMatch(/^QZ-\d{4}-\d{6}$/);
    expect(order.documents.application).toMatch(/^[0-9a-f-]{36}$/);

    const replay = await call(bearer, 'POST', '/api/v1/orders', body, { 'idempotency-key': key });
    expect(replay.status).toBe(201);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(((await replay.json()) as { id: string }).id).toBe(order.id);
    const reused = await call(bearer, 'POST', '/api/v1/orders', { ...body, quantity: 2 }, { 'idempotency-key': key });
    expect(reused.status).toBe(409);

    const drafts = (await (await call(bearer, 'GET', '/api/v1/orders?status=draft')).json()) as { items: { id: string; status: string }[] };
    expect(drafts.items.map((o) => o.id)).toContain(order.id);
    expect(drafts.items.every((o) => o.status === 'draft')).toBe(true);
    const detail = (await (await call(bearer, 'GET', `/api/v1/orders/${order.id}`)).json()) as { timeline: { action: string }[] };
    expect(detail.timeline.map((e) => e.action)).toEqual(['order.place', 'document.create_version']);

    // A provider never sees a draft; another district's office never sees the order at all.
    expect((await call(await medtech(), 'GET', `/api/v1/orders/${order.id}`)).status).toBe(404);
    expect((await call(await karagandaOfficer(), 'GET', `/api/v1/orders/${order.id}`)).status).toBe(404);
    // Not accepted, so there is no contract yet.
    expect((await call(bearer, 'GET', `/api/v1/orders/${order.id}/contract.pdf`)).status).toBe(404);
    // A decision on a draft is refused: the provider cannot see it.
    const decision = await call(await medtech(), 'POST', `/api/v1/orders/${order.id}/decision`, { decision: 'accept' }, { 'idempotency-key': randomUUID() });
    expect(decision.status).toBe(404);
  });
});
