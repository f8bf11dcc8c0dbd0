import { describe, expect, it } from 'vitest';
import { tokenFor } from './api-client';
import { baseUrl } from './browser';

const medtech = () => tokenFor((a) => a.role === 'provider_admin' && a.name.startsWith('Искаков'));
const inva = () => tokenFor((a) => a.role === 'provider_admin' && a.name.startsWith('Литвиненко'));

const json = (bearer: string, method: string, body?: unknown, extra: Record<string, string> = {}) => ({
  method,
  headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json', ...extra },
  ...(body === undefined ? {} : { body: JSON.stringify(body) }),
});

const item = { classifierCode: 'WC-02', name: 'Коляска рычажная API', price: '190000.50', stock: 2, delivery: true, pickup: true, leadTimeDays: 6 };

describe('catalog API', () => {
  it('lists the classifier with categories, units and sums as decimal strings', async () => {
    const response = await fetch(`${baseUrl()}/api/v1/classifier`, { headers: { 'accept-language': 'en' } });
    expect(response.status).toBe(200);
    const { items } = (await response.json()) as { items: { code: string; category: string; unit: string; name: string; guaranteedSum: string | null }[] };
    expect(items.find((e) => e.code === 'SRV-SIGN-LANGUAGE')).toEqual({ code: 'SRV-SIGN-LANGUAGE', category: 'sign_language', unit: 'hour', name: expect.stringContaining('ign'), guaranteedSum: '2950.00' });
    expect(new Set(items.map((e) => e.category))).toEqual(new Set(['wheelchair', 'technical_aid', 'prosthetic', 'sanatorium', 'assistant', 'sign_language']));
    expect(items.every((e) => ['piece', 'hour', 'day'].includes(e.unit) && (e.guaranteedSum === null || /^\d+\.\d{2}$/.test(e.guaranteedSum)))).toBe(true);
  });

  it('lets a provider administrator add, change and withdraw an item, which the provider search then shows or hides', async () => {
    const bearer = await medtech();
    const created = await fetch(`${baseUrl()}/api/v1/catalog-items`, json(bearer, 'POST', item));
    expect(created.status).toBe(201);
    const body = await created.json();
    expect(body).toMatchObject({ code: 'WC-02', price: '190000.50', guaranteedSum: '185000.00', coPayment: '5000.50', inStock: true, version: 1 });

    const search = async () => {
      const response = await fetch(`${baseUrl()}/api/v1/providers?region=710000000&code=WC-02`);
      expect(response.status).toBe(200);
      return (await response.json()) as { items: { id: string; regions: string[]; offers: { catalogItemId: string; price: string; inStock: boolean }[] }[]; nextCursor: string | null };
    };
    const found = await search();
    const offer = found.items.flatMap((p) => p.offers).find((o) => o.catalogItemId === body.id);
    expect(offer).toMatchObject({ price: '190000.50', inStock: true });
    expect(found.items.every((p) => p.regions.length > 0)).toBe(true);

    const patched = await fetch(`${baseUrl()}/api/v1/catalog-items/${body.id}`, json(bearer, 'PATCH', { price: '180000', stock: 0, version: 1 }));
    expect(patched.status).toBe(200);
    expect(await patched.json()).toMatchObject({ price: '180000.00', coPayment: '0.00', inStock: false, version: 2 });
    const stale = await fetch(`${baseUrl()}/api/v1/catalog-items/${body.id}`, json(bearer, 'PATCH', { price: '1', version: 1 }));
    expect(stale.status).toBe(409);

    const withdrawn = await fetch(`${baseUrl()}/api/v1/catalog-items/${body.id}`, json(bearer, 'DELETE'));
    expect(withdrawn.status).toBe(200);
    expect((await withdrawn.json()).status).toBe('withdrawn');
    expect((await search()).items.flatMap((p) => p.offers).some((o) => o.catalogItemId === body.id)).toBe(false);
  });

  it("answers 404 for another provider's item and changes nothing", async () => {
    const created = await (await fetch(`${baseUrl()}/api/v1/catalog-items`, json(await medtech(), 'POST', item))).json();
    const other = await inva();
    for (const [method, payload] of [['PATCH', { price: '1.00' }], ['DELETE', undefined]] as const) {
      const response = await fetch(`${baseUrl()}/api/v1/catalog-items/${created.id}`, json(other, method, payload));
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
    }
    const own = (await (await fetch(`${baseUrl()}/api/v1/catalog-items`, json(await medtech(), 'GET'))).json()) as { items: { id: string; price: string }[] };
    expect(own.items.find((i) => i.id === created.id)?.price).toBe('190000.50');
  });

  it('refuses bad input with problem+json naming each field, in the caller language', async () => {
    const bearer = await medtech();
    const response = await fetch(`${baseUrl()}/api/v1/catalog-items`, json(bearer, 'POST', { ...item, classifierCode: 'NOPE-1', price: '-5', leadTimeDays: 900 }, { 'accept-language': 'ru' }));
    expect(response.status).toBe(422);
    const problem = await response.json();
    const fields = (problem.errors as { field: string; message: string }[]).map((e) => e.field).sort();
    expect(fields).toEqual(['leadTimeDays', 'price']);
    expect(JSON.stringify(problem)).toContain('Сумма должна быть больше 0');
    const unknownCode = await fetch(`${baseUrl()}/api/v1/catalog-items`, json(bearer, 'POST', { ...item, classifierCode: 'NOPE-1' }, { 'accept-language': 'en' }));
    expect(unknownCode.status).toBe(422);
    expect(JSON.stringify(await unknownCode.json())).toContain('The classifier has no entry NOPE-1');
    const region = await fetch(`${baseUrl()}/api/v1/providers?region=999999999`, { headers: { 'accept-language': 'en' } });
    expect(region.status).toBe(422);
    expect(JSON.stringify(await region.json())).toContain('There is no region with KATO code 999999999');
  });

  it('lets only provider administrators manage items', async () => {
    const recipient = await tokenFor((a) => a.role === 'recipient');
    const response = await fetch(`${baseUrl()}/api/v1/catalog-items`, json(recipient, 'POST', item));
    expect(response.status).toBe(403);
    expect((await fetch(`${baseUrl()}/api/v1/catalog-items`, { method: 'POST', headers: { 'content-type': 'application/json', origin: baseUrl() }, body: JSON.stringify(item) })).status).toBe(401);
  });
});
