import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { apiTokens, auditLog, signInAttempts, users } from '@/db/schema';
import { actorFromApiToken, issueApiToken, loadActor, signOutEverywhere } from '@/lib/auth/actor';
import { authenticate } from '@/lib/auth/authenticate';
import { MAX_FAILURES_PER_ADDRESS, MAX_FAILURES_PER_LOGIN } from '@/lib/auth/sign-in-limits';
import { AppError } from '@/lib/errors';
import { seededTestDatabase } from '../support/database';

let database: Awaited<ReturnType<typeof seededTestDatabase>>;

beforeAll(async () => {
  database = await seededTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

const account = (role: string) => {
  const found = database.accounts.find((a) => a.role === role);
  if (!found) throw new Error(`no demo ${role}`);
  return found;
};

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

describe(`authentication (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('signs in with IIN, BIN or e-mail, whatever the case, and audits it', async () => {
    const db = database.connection.db;
    for (const role of ['recipient', 'provider_admin', 'administrator']) {
      const a = account(role);
      const user = await authenticate(db, { login: ` ${a.login.toUpperCase()} `, password: a.password, ip: '10.0.0.1', channel: 'web' });
      expect(user.role).toBe(role);
    }
    const [audited] = await db.select({ n: count() }).from(auditLog).where(eq(auditLog.action, 'session.sign_in'));
    expect(audited?.n).toBe(3);
  });

  it('refuses a wrong password and an unknown login alike, recording the failure', async () => {
    const db = database.connection.db;
    const a = account('office_officer');
    expect(await codeOf(authenticate(db, { login: a.login, password: 'wrong', ip: '10.0.0.2', channel: 'web' }))).toBe('invalid_credentials');
    expect(await codeOf(authenticate(db, { login: '000000000000', password: 'x', ip: '10.0.0.2', channel: 'web' }))).toBe('invalid_credentials');
    const failures = await db.select().from(signInAttempts).where(eq(signInAttempts.ip, '10.0.0.2'));
    expect(failures.map((f) => f.succeeded)).toEqual(['no', 'no']);
  });

  it('locks an account after repeated failures, even for the right password', async () => {
    const db = database.connection.db;
    const a = account('provider_worker');
    for (let i = 0; i < MAX_FAILURES_PER_LOGIN; i++) {
      expect(await codeOf(authenticate(db, { login: a.login, password: 'nope', ip: `10.1.0.${i}`, channel: 'api' }))).toBe('invalid_credentials');
    }
    expect(await codeOf(authenticate(db, { login: a.login, password: a.password, ip: '10.1.1.1', channel: 'api' }))).toBe('rate_limited');
  });

  it('lets no more than the limit of guesses through when they arrive all at once', async () => {
    const db = database.connection.db;
    const a = account('office_officer');
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => codeOf(authenticate(db, { login: a.login, password: `guess-${i}`, ip: `10.2.0.${i}`, channel: 'api' }))),
    );
    // Every password actually checked left a 'no'; the rest were blocked before argon2 ran.
    const checked = await db.select().from(signInAttempts).where(and(eq(signInAttempts.login, a.login), eq(signInAttempts.succeeded, 'no')));
    expect(checked.length).toBeLessThanOrEqual(MAX_FAILURES_PER_LOGIN);
    expect(results.filter((r) => r === 'rate_limited').length).toBeGreaterThanOrEqual(30 - MAX_FAILURES_PER_LOGIN);
    expect(results.every((r) => r === 'rate_limited' || r === 'invalid_credentials')).toBe(true);
  });

  it('limits one address trying many accounts', async () => {
    const db = database.connection.db;
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i++) {
      await codeOf(authenticate(db, { login: `nobody${i}@example.kz`, password: 'x', ip: '10.9.9.9', channel: 'web' }));
    }
    const a = account('integration_client');
    expect(await codeOf(authenticate(db, { login: a.login, password: a.password, ip: '10.9.9.9', channel: 'api' }))).toBe('rate_limited');
    expect(await codeOf(authenticate(db, { login: a.login, password: a.password, ip: '10.9.9.10', channel: 'api' }))).toBe('ok');
  });

  it('refuses a disabled account', async () => {
    const db = database.connection.db;
    const a = account('representative');
    await db.update(users).set({ status: 'disabled' }).where(eq(users.login, a.login));
    expect(await codeOf(authenticate(db, { login: a.login, password: a.password, ip: '10.0.0.3', channel: 'web' }))).toBe('account_disabled');
    await db.update(users).set({ status: 'active' }).where(eq(users.login, a.login));
  });

  it('revokes every session and token on "sign out everywhere"', async () => {
    const db = database.connection.db;
    const a = account('administrator');
    const user = await authenticate(db, { login: a.login, password: a.password, ip: '10.0.0.4', channel: 'api' });
    const { token } = await issueApiToken(db, user);
    const actor = await actorFromApiToken(db, token);
    expect(actor?.role).toBe('administrator');
    expect(await loadActor(db, user.id, user.sessionVersion)).not.toBeNull();
    await signOutEverywhere(db, actor!);
    expect(await loadActor(db, user.id, user.sessionVersion)).toBeNull();
    expect(await actorFromApiToken(db, token)).toBeNull();
  });

  it('stores only a hash of a token and refuses an expired one', async () => {
    const db = database.connection.db;
    const a = account('integration_client');
    const user = await authenticate(db, { login: a.login, password: a.password, ip: '10.0.0.5', channel: 'api' });
    const { token } = await issueApiToken(db, user);
    const stored = await db.select().from(apiTokens).where(eq(apiTokens.userId, user.id));
    expect(stored.some((t) => t.tokenHash.includes(token) || token.includes(t.tokenHash))).toBe(false);
    await db.update(apiTokens).set({ expiresAt: new Date('2020-01-01T00:00:00Z') }).where(eq(apiTokens.userId, user.id));
    expect(await actorFromApiToken(db, token)).toBeNull();
  });

  it('stores argon2id hashes with at least 19 MiB and 2 iterations', async () => {
    const db = database.connection.db;
    const rows = await db.select({ hash: users.passwordHash }).from(users);
    for (const { hash } of rows) expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });
});
