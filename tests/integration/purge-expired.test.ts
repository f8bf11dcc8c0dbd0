import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { apiTokens, idempotencyKeys, rateLimitHits, signInChallenges, smsSignInCodes, users } from '@/db/schema';
import { SMS_CODE_PER_ADDRESS_LIMIT, SMS_CODE_PER_IIN_LIMIT } from '@/lib/auth/sms-code-sign-in';
import { now } from '@/lib/clock';
import { jobDefinitions } from '@/lib/jobs/definitions';
import { PROVIDER_REGISTRATION_LIMIT } from '@/lib/rate-limit';
import { RETENTION } from '@/lib/retention/periods';
import { purgeExpiredRecords } from '@/lib/retention/purge-expired';
import { databaseForThisFile, seededTestDatabase } from '../support/database';

const database = databaseForThisFile(() => seededTestDatabase(now()));
const HOUR = 60 * 60 * 1000;
const ago = (ms: number, from = now()) => new Date(from.getTime() - ms);

async function someUserId(): Promise<string> {
  const [user] = await database().connection.db.select({ id: users.id }).from(users).limit(1);
  return user!.id;
}

const keysOf = async () => (await database().connection.db.select({ key: idempotencyKeys.key }).from(idempotencyKeys)).map((r) => r.key).sort();

describe('records that only guard a request are purged once nothing can use them', () => {
  it('the daily job deletes credentials expired over a day ago, idempotency keys over a week old and rate-limit hits over a day old, and keeps the rest', async () => {
    const db = database().connection.db;
    const userId = await someUserId();
    const at = now();
    const token = (name: string, expiredFor: number) => ({ userId, tokenHash: name.padEnd(64, '0'), sessionVersion: 1, createdAt: ago(expiredFor + HOUR, at), expiresAt: ago(expiredFor, at) });
    await db.insert(apiTokens).values([token('a1', 25 * HOUR), token('a2', 23 * HOUR), token('a3', -HOUR)]);
    await db.insert(signInChallenges).values([
      { nonce: 'old', issuedAt: ago(26 * HOUR, at), expiresAt: ago(25 * HOUR, at) },
      { nonce: 'recent', issuedAt: ago(2 * HOUR, at), expiresAt: ago(HOUR, at) },
    ]);
    await db.insert(smsSignInCodes).values([
      { userId, codeHash: 'c'.repeat(64), createdAt: ago(26 * HOUR, at), expiresAt: ago(25 * HOUR, at) },
      { userId, codeHash: 'd'.repeat(64), createdAt: ago(HOUR, at), expiresAt: ago(HOUR - 5 * 60_000, at) },
    ]);
    const key = (name: string, age: number) => ({ userId, key: name, method: 'POST', path: '/api/v1/journal-entries', requestSha256: 'e'.repeat(64), status: 201, response: { id: name }, createdAt: ago(age, at) });
    // R8: a key is answered for at least 24 hours; here for a week.
    await db.insert(idempotencyKeys).values([key('eight-days', 8 * 24 * HOUR), key('six-days', 6 * 24 * HOUR), key('a-day', 25 * HOUR)]);
    await db.insert(rateLimitHits).values([
      { bucket: 'sms_code_iin', key: 'k', at: ago(25 * HOUR, at) },
      { bucket: 'sms_code_iin', key: 'k', at: ago(2 * HOUR, at) },
    ]);

    const job = jobDefinitions.find((d) => d.name === 'expired-records-purge')!;
    expect(job.cron).toBe('20 4 * * *');
    expect(await job.run(db, {}, database().connection)).toEqual({ apiTokens: 1, signInChallenges: 1, smsSignInCodes: 1, idempotencyKeys: 1, rateLimitHits: 1 });

    expect((await db.select({ hash: apiTokens.tokenHash }).from(apiTokens).where(eq(apiTokens.userId, userId))).map((t) => t.hash.slice(0, 2)).sort()).toEqual(['a2', 'a3']);
    expect((await db.select().from(signInChallenges)).map((c) => c.nonce)).toEqual(['recent']);
    expect((await db.select().from(smsSignInCodes).where(eq(smsSignInCodes.userId, userId))).map((c) => c.codeHash[0])).toEqual(['d']);
    expect(await keysOf()).toEqual(['a-day', 'six-days']);
    expect(await db.select({ at: rateLimitHits.at }).from(rateLimitHits).where(eq(rateLimitHits.key, 'k'))).toHaveLength(1);

    // Run again: nothing more is due.
    expect(await purgeExpiredRecords(db, at)).toEqual({ apiTokens: 0, signInChallenges: 0, smsSignInCodes: 0, idempotencyKeys: 0, rateLimitHits: 0 });
  });

  it('deletes in batches until none is left: 2,500 old keys all go, a new one stays', async () => {
    const db = database().connection.db;
    const userId = await someUserId();
    const old = ago(8 * 24 * HOUR).toISOString();
    await db.execute(sql`insert into idempotency_keys (user_id, key, method, path, request_sha256, created_at)
      select ${userId}::uuid, 'bulk-' || n, 'POST', '/api/v1/journal-entries', repeat('f', 64), ${old}::timestamptz from generate_series(1, 2500) as n`);
    const fresh = `fresh-${randomUUID()}`;
    await db.insert(idempotencyKeys).values({ userId, key: fresh, method: 'POST', path: '/api/v1/journal-entries', requestSha256: 'f'.repeat(64), createdAt: now() });
    const counts = await purgeExpiredRecords(db, now());
    expect(counts.idempotencyKeys).toBe(2500);
    expect((await keysOf()).filter((k) => k.startsWith('bulk-'))).toEqual([]);
    expect(await keysOf()).toContain(fresh);
  });

  it('keeps rate-limit hits longer than any limit looks back', () => {
    for (const rule of [PROVIDER_REGISTRATION_LIMIT, SMS_CODE_PER_IIN_LIMIT, SMS_CODE_PER_ADDRESS_LIMIT]) {
      expect(rule.windowMs, rule.bucket).toBeLessThanOrEqual(RETENTION.rateLimitHitsMs);
    }
    expect(RETENTION.idempotencyKeysMs).toBeGreaterThanOrEqual(24 * HOUR);
  });
});
