import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migratedTestDatabase } from '../support/database';
import { consumeRateLimit, type RateLimit } from '@/lib/rate-limit';
import { AppError } from '@/lib/errors';

let database: Awaited<ReturnType<typeof migratedTestDatabase>>;
beforeAll(async () => {
  database = await migratedTestDatabase();
}, 60_000);
afterAll(async () => {
  await database?.close();
});

const rule: RateLimit = { bucket: 'test', limit: 5, windowMs: 60_000 };
const at = new Date('2026-11-25T05:00:00Z');
const outcome = (p: Promise<void>) => p.then(() => 'allowed', (e: unknown) => (e instanceof AppError ? e.code : String(e)));

describe('rate limits kept in the database', () => {
  it('allows the limit per key within the window, then refuses, and forgets after the window', async () => {
    const db = database.connection.db;
    const results = [];
    for (let i = 0; i < 7; i++) results.push(await outcome(consumeRateLimit(db, rule, '10.0.0.1', at)));
    expect(results).toEqual(['allowed', 'allowed', 'allowed', 'allowed', 'allowed', 'rate_limited', 'rate_limited']);
    expect(await outcome(consumeRateLimit(db, rule, '10.0.0.2', at))).toBe('allowed');
    expect(await outcome(consumeRateLimit(db, rule, '10.0.0.1', new Date(at.getTime() + 61_000)))).toBe('allowed');
  });

  it('never allows more than the limit to concurrent requests', async () => {
    const db = database.connection.db;
    const results = await Promise.all(Array.from({ length: 12 }, () => outcome(consumeRateLimit(db, rule, '10.0.0.9', at))));
    expect(results.filter((r) => r === 'allowed').length).toBeLessThanOrEqual(5);
    expect(results.every((r) => r === 'allowed' || r === 'rate_limited')).toBe(true);
  });
});
