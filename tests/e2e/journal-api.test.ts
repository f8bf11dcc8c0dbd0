import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, almatyDateOf } from '@/lib/calendar/local-date';
import { apiCall, tokenFor } from './api-client';
import { baseUrl, demoAccounts } from './browser';

/**
 * The journal's API on the demo's running sign-language order of Сериков (the browser test keeps
 * to his assistant order, so neither changes the other's numbers): recording with the rule named
 * on refusal, the month's list, correction, the recipient's dispute, deletion, and balances for
 * those who may see them.
 */
const serikov = () => demoAccounts().find((a) => a.role === 'recipient' && a.name.startsWith('Сериков'))!;
let recipient = '';
let signWorker = '';
let assistantWorker = '';
let medtech = '';
let astanaOfficer = '';
let karagandaOfficer = '';
let orderId = '';
const today = almatyDateOf(new Date());
const day = (back: number) => addDays(today, -back);

const post = (bearer: string, body: unknown) => apiCall(bearer, 'POST', '/api/v1/journal-entries', body, { 'idempotency-key': randomUUID() });

beforeAll(async () => {
  [recipient, signWorker, assistantWorker, medtech, astanaOfficer, karagandaOfficer] = await Promise.all([
    tokenFor((a) => a.login === serikov().login),
    tokenFor((a) => a.role === 'provider_worker' && a.name.startsWith('Мухамедиева')),
    tokenFor((a) => a.role === 'provider_worker' && a.name.startsWith('Бекова')),
    tokenFor((a) => a.role === 'provider_admin' && a.name.startsWith('Искаков')),
    tokenFor((a) => a.role === 'office_officer' && a.name.startsWith('Сапарова')),
    tokenFor((a) => a.role === 'office_officer' && a.name.startsWith('Петров')),
  ]);
  const orders = (await (await apiCall(recipient, 'GET', '/api/v1/orders?status=in_fulfilment')).json()) as { items: { id: string; category: string }[] };
  orderId = orders.items.find((o) => o.category === 'sign_language')!.id;
});

describe('journal entries API', () => {
  let entryId = '';

  it('records an entry, and refuses one naming the rule in the caller’s language', async () => {
    const created = await post(signWorker, { orderId, date: day(10), minutes: 90, mode: 'online' });
    expect(created.status).toBe(201);
    const entry = (await created.json()) as { id: string; minutes: number; mode: string; service: string };
    expect(entry).toMatchObject({ minutes: 90, mode: 'online', service: 'sign_language' });
    entryId = entry.id;

    const noMode = await post(signWorker, { orderId, date: day(10), minutes: 30 });
    expect(noMode.status).toBe(422);
    expect(noMode.headers.get('content-type')).toContain('application/problem+json');
    expect(await noMode.json()).toMatchObject({ code: 'rule_violation', errors: [{ field: 'mode' }] });

    const future = await apiCall(signWorker, 'POST', '/api/v1/journal-entries', { orderId, date: day(-1), minutes: 30, mode: 'offline' }, { 'idempotency-key': randomUUID() }, 'ru');
    expect(future.status).toBe(422);
    expect(((await future.json()) as { detail: string }).detail).toBe('Нельзя записать услугу на будущий день.');

    // The assistant's worker renders another service; another provider does not see the order at all.
    expect((await post(assistantWorker, { orderId, date: day(10), minutes: 30, mode: 'online' })).status).toBe(422);
    expect((await post(medtech, { orderId, date: day(10), minutes: 30, mode: 'online' })).status).toBe(404);
    expect((await post(recipient, { orderId, date: day(10), minutes: 30, mode: 'online' })).status).toBe(403);
    expect((await fetch(`${baseUrl()}/api/v1/journal-entries?orderId=${orderId}&month=${today.slice(0, 7)}`)).status).toBe(401);
  });

  it('refuses what would pass 60 hours in the year, saying how many minutes are left', async () => {
    expect((await post(signWorker, { orderId, date: day(9), minutes: 1440, mode: 'offline' })).status).toBe(201);
    expect((await post(signWorker, { orderId, date: day(8), minutes: 1440, mode: 'offline' })).status).toBe(201);
    // 90 + 1440 + 1440 = 2970 of 3600: 630 left.
    const over = await post(signWorker, { orderId, date: day(7), minutes: 631, mode: 'offline' });
    expect(over.status).toBe(422);
    const problem = (await over.json()) as { detail: string; errors: { field: string; message: string }[] };
    expect(problem.detail).toContain('630 of 3600 minutes are left');
    expect(problem.errors).toEqual([{ field: 'minutes', message: '630 minutes left for the year.' }]);
    expect((await post(signWorker, { orderId, date: day(7), minutes: 630, mode: 'offline' })).status).toBe(201);
  });

  it('lists the month to the recipient, the worker and the office; balances say what is used and left', async () => {
    const month = day(10).slice(0, 7);
    for (const bearer of [recipient, signWorker, astanaOfficer]) {
      const list = (await (await apiCall(bearer, 'GET', `/api/v1/journal-entries?orderId=${orderId}&month=${month}`)).json()) as { items: { id: string; workerName: string }[] };
      expect(list.items.map((i) => i.id)).toContain(entryId);
      expect(list.items.find((i) => i.id === entryId)?.workerName).toMatch(/^Мухамедиева/);
    }
    const karaganda = (await (await apiCall(karagandaOfficer, 'GET', `/api/v1/journal-entries?orderId=${orderId}&month=${month}`)).json()) as { items: unknown[] };
    expect(karaganda.items).toEqual([]);

    const path = `/api/v1/balances?recipientIin=${serikov().iin}&service=sign_language&date=${day(7)}`;
    for (const bearer of [recipient, signWorker, astanaOfficer]) {
      const response = await apiCall(bearer, 'GET', path);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ recipientIin: serikov().iin, service: 'sign_language', entitled: true, day: { used: 630 }, year: { used: 3600, cap: 3600, remaining: 0 } });
    }
    expect((await apiCall(karagandaOfficer, 'GET', path)).status).toBe(404);
    expect((await apiCall(medtech, 'GET', path)).status).toBe(404);
    const badIin = await apiCall(recipient, 'GET', `/api/v1/balances?recipientIin=123&service=sign_language&date=${today}`);
    expect(badIin.status).toBe(422);
  });

  it('lets the recipient dispute an entry; the worker corrects it (settling the dispute) and deletes another', async () => {
    const disputed = await apiCall(recipient, 'POST', `/api/v1/journal-entries/${entryId}/dispute`, { reason: 'Переводчик был 60 минут' }, { 'idempotency-key': randomUUID() });
    expect(disputed.status).toBe(201);
    expect(await disputed.json()).toMatchObject({ dispute: { status: 'open', reason: 'Переводчик был 60 минут' } });
    expect((await apiCall(signWorker, 'POST', `/api/v1/journal-entries/${entryId}/dispute`, { reason: 'Не могу' }, { 'idempotency-key': randomUUID() })).status).toBe(403);

    const corrected = await apiCall(signWorker, 'PATCH', `/api/v1/journal-entries/${entryId}`, { minutes: 60 }, { 'idempotency-key': randomUUID() });
    expect(corrected.status).toBe(200);
    expect(await corrected.json()).toMatchObject({ minutes: 60, dispute: { status: 'corrected' } });
    expect((await apiCall(signWorker, 'PATCH', `/api/v1/journal-entries/${entryId}`, {}, { 'idempotency-key': randomUUID() })).status).toBe(422);

    const spare = (await (await post(signWorker, { orderId, date: day(6), minutes: 30, mode: 'online' })).json()) as { id: string };
    const deleted = await apiCall(signWorker, 'DELETE', `/api/v1/journal-entries/${spare.id}`);
    expect(deleted.status).toBe(200);
    expect(await deleted.json()).toMatchObject({ deleted: true });
    expect((await apiCall(signWorker, 'DELETE', `/api/v1/journal-entries/${spare.id}`)).status).toBe(404);
    const balances = (await (await apiCall(recipient, 'GET', `/api/v1/balances?recipientIin=${serikov().iin}&service=sign_language&date=${today}`)).json()) as { year: { used: number } };
    expect(balances.year.used).toBe(3600 - 30);
  });
});
