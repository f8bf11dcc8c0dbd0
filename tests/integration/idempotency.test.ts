import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq, sql } from 'drizzle-orm';
import { rowsOf } from '@/db/client';
import { claimIdempotencyKey, recordIdempotentAnswer } from '@/lib/api/idempotency';
import { catalogItems, idempotencyKeys, users } from '@/db/schema';
import { issueApiToken } from '@/lib/auth/actor';
import { now } from '@/lib/clock';
import { POST } from '@/app/api/v1/catalog-items/route';
import { seededTestDatabase } from '../support/database';

let database: Awaited<ReturnType<typeof seededTestDatabase>>;
let token: string;
let providerId: string;
const noParams = { params: Promise.resolve({}) };

beforeAll(async () => {
  database = await seededTestDatabase(now());
  const [admin] = await database.connection.db.select().from(users).where(eq(users.role, 'provider_admin')).limit(1);
  providerId = admin!.providerId!;
  token = (await issueApiToken(database.connection.db, admin!)).token;
}, 120_000);
afterAll(async () => {
  await database?.close();
});

const item = { classifierCode: 'WC-01', name: 'Коляска идемпотентная', price: '118000', stock: 1, delivery: true, pickup: false, leadTimeDays: 2 };
const post = (key: string | null, body: unknown = item) =>
  POST(
    new Request('http://qamqor.test/api/v1/catalog-items', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...(key ? { 'idempotency-key': key } : {}) },
      body: JSON.stringify(body),
    }),
    noParams,
  );
const itemsOfProvider = async () =>
  (await database.connection.db.select({ value: count() }).from(catalogItems).where(eq(catalogItems.providerId, providerId)))[0]!.value;

describe('Idempotency-Key on POST /api/v1/catalog-items (R8)', () => {
  it('replays the first answer for a retried key and creates one item', async () => {
    const before = await itemsOfProvider();
    const first = await post('retry-1');
    const second = await post('retry-1');
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect((await second.json()).id).toBe((await first.json()).id);
    expect(await itemsOfProvider()).toBe(before + 1);
  });

  it('refuses the same key with another request, writing nothing', async () => {
    await post('mismatch-1');
    const before = await itemsOfProvider();
    const other = await post('mismatch-1', { ...item, price: '1.00' });
    expect(other.status).toBe(409);
    expect(await itemsOfProvider()).toBe(before);
  });

  it('does not keep the claim of a refused request, so the corrected retry acts', async () => {
    const refused = await post('fix-1', { ...item, classifierCode: 'NOPE-1' });
    expect(refused.status).toBe(422);
    expect(await database.connection.db.select().from(idempotencyKeys).where(eq(idempotencyKeys.key, 'fix-1'))).toEqual([]);
    expect((await post('fix-1')).status).toBe(201);
  });

  it('acts once for concurrent requests with one key', async () => {
    const before = await itemsOfProvider();
    const answers = await Promise.all(Array.from({ length: 6 }, () => post('concurrent-1')));
    const ids = new Set(await Promise.all(answers.map(async (a) => (await a.json()).id)));
    expect(answers.map((a) => a.status)).toEqual(Array(6).fill(201));
    expect(ids.size).toBe(1);
    expect(await itemsOfProvider()).toBe(before + 1);
  });

  it('refuses a malformed key', async () => {
    expect((await post('bad key with spaces')).status).toBe(400);
    expect((await post('x'.repeat(201))).status).toBe(400);
  });

  it('without a key, two posts are two items', async () => {
    const before = await itemsOfProvider();
    await post(null);
    await post(null);
    expect(await itemsOfProvider()).toBe(before + 2);
  });

  it('keeps the answer on the claimed key through its index, never by reading the whole table, whatever its statistics', async () => {
    const db = database.connection.db;
    // Analyzed while small (as after a restore), a lookup by the key is planned as a sequential scan.
    await database.connection.executeSql('ANALYZE idempotency_keys');
    const [admin] = await db.select().from(users).where(eq(users.role, 'provider_admin')).limit(1);
    const tableScans = async (tx: Pick<typeof db, 'execute'>) =>
      rowsOf<{ scans: number }>(await tx.execute(sql`select pg_stat_get_xact_numscans('idempotency_keys'::regclass)::int as scans`))[0]!.scans;
    const claimed = { userId: admin!.id, key: 'statistics-1', method: 'POST', path: '/api/v1/catalog-items', digest: 'a'.repeat(64) };
    const [before, after] = await db.transaction(async (tx) => {
      const counted = await tableScans(tx);
      expect(await claimIdempotencyKey(tx, claimed)).toEqual({ claimed: true });
      await recordIdempotentAnswer(tx, claimed, { status: 201, body: { id: 'x' } });
      return [counted, await tableScans(tx)];
    });
    expect(after - before).toBe(0);
    const [kept] = await db.select().from(idempotencyKeys).where(eq(idempotencyKeys.key, 'statistics-1'));
    expect(kept).toMatchObject({ status: 201, response: { id: 'x' }, requestSha256: 'a'.repeat(64), method: 'POST' });
  });
});
