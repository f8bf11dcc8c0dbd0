import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, desc, eq, sql } from 'drizzle-orm';
import { auditLog, notifications, recipients, signInAttempts, smsSignInCodes, users } from '@/db/schema';
import { withCheckDigit } from '@/db/seed/identifiers';
import { loadActor, type Actor } from '@/lib/auth/actor';
import { MAX_FAILURES_PER_LOGIN } from '@/lib/auth/sign-in-limits';
import { requestSmsCode, SMS_CODE_MAX_ATTEMPTS, SMS_CODE_TTL_MS, verifySmsCode } from '@/lib/auth/sms-code-sign-in';
import { verifyAuditChain } from '@/lib/audit';
import { importIprRecords } from '@/lib/entitlements/import-iprs';
import { recordEntitlementEvents } from '@/lib/entitlements/record-events';
import { isAppError } from '@/lib/errors';
import { seededTestDatabase } from '../support/database';

let database: Awaited<ReturnType<typeof seededTestDatabase>>;
const db = () => database.connection.db;
let client: Actor;

const at = new Date('2026-11-25T05:00:00Z');
const later = (ms: number) => new Date(at.getTime() + ms);

beforeAll(async () => {
  database = await seededTestDatabase(at);
  const account = database.accounts.find((a) => a.role === 'integration_client')!;
  const [user] = await db().select().from(users).where(eq(users.login, account.login.toLowerCase()));
  client = (await loadActor(db(), user!.id, user!.sessionVersion))!;
}, 120_000);
afterAll(async () => {
  await database?.close();
});

let serial = 0;
/** A valid IIN (born 1986) no other test uses. */
function newIin(): string {
  serial += 1;
  return withCheckDigit(`860202${String(4000 + serial).padStart(4, '0')}`);
}
/** Each test signs in from its own address, so the per-address limits of one do not touch another. */
let addressSerial = 0;
const newAddress = () => `198.51.100.${++addressSerial}`;

/** Imports a recipient from E-Sobes (which makes their account) and answers their IIN and recipient id. */
async function importedRecipient(overrides: Record<string, unknown> = {}) {
  const iin = newIin();
  const result = await importIprRecords(
    db(),
    client,
    [
      {
        iprNumber: `IPR-SMS-${serial}`,
        version: 1,
        iin,
        fullName: 'Жумабаева Салтанат Ериковна',
        phone: `+7 701 444 ${String(serial).padStart(4, '0').slice(0, 2)} ${String(serial).padStart(4, '0').slice(2)}`,
        address: 'Астана, ул. Кенесары, 12',
        kato: '711110000',
        disabilityGroup: '2',
        validFrom: '2026-11-01',
        validTo: '2027-10-31',
        measures: [{ code: 'WC-04', quantity: 1 }],
        ...overrides,
      },
    ],
    { source: 'api', at },
  );
  expect(result.rejected).toEqual([]);
  const [person] = await db().select().from(recipients).where(eq(recipients.iin, iin));
  const [account] = await db().select().from(users).where(eq(users.login, iin));
  return { iin, recipientId: person!.id, userId: account!.id };
}

/** The sign-in SMS texts in the outbox for a recipient, newest first. */
async function codeMessages(recipientId: string) {
  return db()
    .select()
    .from(notifications)
    .where(and(eq(notifications.recipientId, recipientId), eq(notifications.kind, 'sign_in_code')))
    .orderBy(desc(notifications.createdAt), desc(sql`${notifications.dedupeKey}`));
}

/** Reads the code the way the person does: from the SMS text. */
async function latestCode(recipientId: string): Promise<string> {
  const codes = await db()
    .select({ id: smsSignInCodes.id })
    .from(smsSignInCodes)
    .innerJoin(users, eq(users.id, smsSignInCodes.userId))
    .where(eq(users.recipientId, recipientId))
    .orderBy(desc(smsSignInCodes.createdAt))
    .limit(1);
  const [message] = await db().select().from(notifications).where(eq(notifications.dedupeKey, `sign_in_code:${codes[0]!.id}:sms`));
  const match = /\b(\d{6})\b/.exec(message!.body);
  return match![1]!;
}

/** A six-digit code that is not the right one. */
const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

async function rejection(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error)) return error.code;
    throw error;
  }
  return 'resolved';
}

describe('asking for a code', () => {
  it('puts one SMS (and no cabinet notice) into the outbox, and stores only a keyed hash of the code', async () => {
    const person = await importedRecipient();
    await expect(requestSmsCode(db(), person.iin, newAddress(), at)).resolves.toBeUndefined();
    const messages = await codeMessages(person.recipientId);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ channel: 'sms', status: 'pending', phone: expect.stringMatching(/^\+7701444\d{4}$/) });
    const code = await latestCode(person.recipientId);
    expect(messages[0]!.body).toMatch(/^Qamqor: код для входа \d{6}\. Действует 5 минут\./);
    const [stored] = await db().select().from(smsSignInCodes).where(eq(smsSignInCodes.userId, person.userId));
    expect(stored!.codeHash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored!.codeHash).not.toContain(code);
    expect(stored!.expiresAt.getTime() - at.getTime()).toBe(SMS_CODE_TTL_MS);
    expect(messages[0]!.dedupeKey).toBe(`sign_in_code:${stored!.id}:sms`);
    // The cabinet shows nothing about it.
    const cabinet = await db().select().from(notifications).where(and(eq(notifications.recipientId, person.recipientId), eq(notifications.kind, 'sign_in_code'), eq(notifications.channel, 'cabinet')));
    expect(cabinet).toEqual([]);
  });

  it('gives an unknown IIN the same answer and sends nothing', async () => {
    const before = await db().select({ n: sql<number>`count(*)::int` }).from(notifications);
    const codesBefore = await db().select({ n: sql<number>`count(*)::int` }).from(smsSignInCodes);
    await expect(requestSmsCode(db(), newIin(), newAddress(), at)).resolves.toBeUndefined();
    expect(await db().select({ n: sql<number>`count(*)::int` }).from(notifications)).toEqual(before);
    expect(await db().select({ n: sql<number>`count(*)::int` }).from(smsSignInCodes)).toEqual(codesBefore);
  });

  it('sends nothing to a recipient without a phone on record', async () => {
    const person = await importedRecipient({ phone: undefined });
    await expect(requestSmsCode(db(), person.iin, newAddress(), at)).resolves.toBeUndefined();
    expect(await codeMessages(person.recipientId)).toEqual([]);
  });

  it('sends nothing after a death is recorded', async () => {
    const person = await importedRecipient();
    await recordEntitlementEvents(db(), client, [{ type: 'death', iin: person.iin, date: '2026-11-20' }], at);
    await expect(requestSmsCode(db(), person.iin, newAddress(), at)).resolves.toBeUndefined();
    expect(await codeMessages(person.recipientId)).toEqual([]);
  });

  it('sends nothing for a deceased recipient even if their account was left open', async () => {
    const person = await importedRecipient();
    await db().update(recipients).set({ lifeStatus: 'deceased', lifeStatusOn: '2026-11-20' }).where(eq(recipients.id, person.recipientId));
    await expect(requestSmsCode(db(), person.iin, newAddress(), at)).resolves.toBeUndefined();
    expect(await codeMessages(person.recipientId)).toEqual([]);
  });

  it('sends nothing to a disabled account', async () => {
    const person = await importedRecipient();
    await db().update(users).set({ status: 'disabled' }).where(eq(users.id, person.userId));
    await expect(requestSmsCode(db(), person.iin, newAddress(), at)).resolves.toBeUndefined();
    expect(await codeMessages(person.recipientId)).toEqual([]);
  });

  it('makes a newer code replace the earlier one', async () => {
    const person = await importedRecipient();
    const address = newAddress();
    await requestSmsCode(db(), person.iin, address, at);
    const first = await latestCode(person.recipientId);
    await requestSmsCode(db(), person.iin, address, later(30_000));
    const second = await latestCode(person.recipientId);
    if (first !== second) expect(await verifySmsCode(db(), person.iin, first, address, later(60_000))).toBeNull();
    expect(await verifySmsCode(db(), person.iin, second, address, later(60_000))).toMatchObject({ id: person.userId });
    // Whatever the two codes were, the first one's row was closed when the second was issued.
    const rows = await db().select().from(smsSignInCodes).where(eq(smsSignInCodes.userId, person.userId)).orderBy(smsSignInCodes.createdAt);
    expect(rows[0]!.expiresAt.getTime()).toBe(later(30_000).getTime());
  });

  it('allows three codes per IIN in 15 minutes', async () => {
    const person = await importedRecipient();
    const outcomes: string[] = [];
    for (let i = 0; i < 4; i++) outcomes.push(await rejection(requestSmsCode(db(), person.iin, newAddress(), later(i * 1000))));
    expect(outcomes).toEqual(['resolved', 'resolved', 'resolved', 'rate_limited']);
    expect(await codeMessages(person.recipientId)).toHaveLength(3);
    // The window slides: a quarter of an hour after the first ones a code may be asked for again.
    expect(await rejection(requestSmsCode(db(), person.iin, newAddress(), later(15 * 60_000 + 4000)))).toBe('resolved');
  });

  it('holds the limit per IIN when many codes are asked for at once, and leaves one code usable', async () => {
    const person = await importedRecipient();
    const outcomes = await Promise.all(Array.from({ length: 8 }, () => rejection(requestSmsCode(db(), person.iin, newAddress(), at))));
    // Each request is counted before it is checked, so simultaneous ones may all be refused, never more than three let through.
    const sent = outcomes.filter((o) => o === 'resolved').length;
    expect(sent).toBeLessThanOrEqual(3);
    expect(outcomes.filter((o) => o === 'rate_limited')).toHaveLength(8 - sent);
    expect(await codeMessages(person.recipientId)).toHaveLength(sent);
    const live = await db()
      .select()
      .from(smsSignInCodes)
      .where(and(eq(smsSignInCodes.userId, person.userId), sql`${smsSignInCodes.expiresAt} > ${at.toISOString()}::timestamptz`));
    expect(live).toHaveLength(Math.min(sent, 1));
  });

  it('leaves exactly one usable code when several are issued at once', async () => {
    const person = await importedRecipient();
    await Promise.all(Array.from({ length: 3 }, (_, i) => requestSmsCode(db(), person.iin, newAddress(), later(i))));
    const live = await db()
      .select()
      .from(smsSignInCodes)
      .where(and(eq(smsSignInCodes.userId, person.userId), sql`${smsSignInCodes.expiresAt} > ${later(10).toISOString()}::timestamptz`));
    expect(live).toHaveLength(1);
    expect(await codeMessages(person.recipientId)).toHaveLength(3);
  });

  it('counts requests for an IIN without an account too, so the limit says nothing about the account', async () => {
    const unknown = newIin();
    const outcomes: string[] = [];
    for (let i = 0; i < 4; i++) outcomes.push(await rejection(requestSmsCode(db(), unknown, newAddress(), at)));
    expect(outcomes).toEqual(['resolved', 'resolved', 'resolved', 'rate_limited']);
  });

  it('allows ten requests per address in 15 minutes', async () => {
    const address = newAddress();
    const outcomes: string[] = [];
    for (let i = 0; i < 11; i++) outcomes.push(await rejection(requestSmsCode(db(), newIin(), address, at)));
    expect(outcomes.slice(0, 10).every((o) => o === 'resolved')).toBe(true);
    expect(outcomes[10]).toBe('rate_limited');
  });
});

describe('signing in with the code', () => {
  it('signs in with the right code once, audited; the same code again is refused', async () => {
    const person = await importedRecipient();
    const address = newAddress();
    await requestSmsCode(db(), person.iin, address, at);
    const code = await latestCode(person.recipientId);
    const user = await verifySmsCode(db(), person.iin, code, address, later(60_000));
    expect(user).toEqual({ id: person.userId, role: 'recipient', sessionVersion: 1, locale: 'ru' });
    const [audit] = await db().select().from(auditLog).where(and(eq(auditLog.entityId, person.userId), eq(auditLog.action, 'session.sign_in')));
    expect(audit).toMatchObject({ actorUserId: person.userId, data: { channel: 'sms_code', ip: address } });
    expect(await verifySmsCode(db(), person.iin, code, address, later(61_000))).toBeNull();
    const attempts = await db().select({ succeeded: signInAttempts.succeeded }).from(signInAttempts).where(eq(signInAttempts.login, person.iin)).orderBy(signInAttempts.id);
    expect(attempts.map((a) => a.succeeded)).toEqual(['yes', 'no']);
    expect((await verifyAuditChain(db())).ok).toBe(true);
  });

  it('lets only one of two simultaneous uses of a code sign in', async () => {
    const person = await importedRecipient();
    await requestSmsCode(db(), person.iin, newAddress(), at);
    const code = await latestCode(person.recipientId);
    const results = await Promise.all([verifySmsCode(db(), person.iin, code, newAddress(), later(1000)), verifySmsCode(db(), person.iin, code, newAddress(), later(1000))]);
    expect(results.filter((r) => r !== null)).toHaveLength(1);
  });

  it('refuses an expired code', async () => {
    const person = await importedRecipient();
    const address = newAddress();
    await requestSmsCode(db(), person.iin, address, at);
    const code = await latestCode(person.recipientId);
    expect(await verifySmsCode(db(), person.iin, code, address, later(SMS_CODE_TTL_MS))).toBeNull();
    expect(await verifySmsCode(db(), person.iin, code, address, later(SMS_CODE_TTL_MS + 60_000))).toBeNull();
  });

  it('kills a code after five wrong tries, even when the account could try again', async () => {
    const person = await importedRecipient();
    const address = newAddress();
    await requestSmsCode(db(), person.iin, address, at);
    const code = await latestCode(person.recipientId);
    for (let i = 0; i < SMS_CODE_MAX_ATTEMPTS; i++) expect(await verifySmsCode(db(), person.iin, wrong(code), address, later(1000 + i))).toBeNull();
    const [row] = await db().select().from(smsSignInCodes).where(eq(smsSignInCodes.userId, person.userId));
    expect(row!.attempts).toBe(SMS_CODE_MAX_ATTEMPTS);
    // Forget the failed sign-ins, so only the code's own count can refuse the right code now.
    await db().delete(signInAttempts).where(eq(signInAttempts.login, person.iin));
    expect(await verifySmsCode(db(), person.iin, code, address, later(2000))).toBeNull();
    // A dead code is not even tried: its count stays at five.
    const [after] = await db().select().from(smsSignInCodes).where(eq(smsSignInCodes.userId, person.userId));
    expect(after).toMatchObject({ attempts: SMS_CODE_MAX_ATTEMPTS, usedAt: null });
  });

  it('accepts the right code after four wrong tries', async () => {
    const person = await importedRecipient();
    const address = newAddress();
    await requestSmsCode(db(), person.iin, address, at);
    const code = await latestCode(person.recipientId);
    for (let i = 0; i < SMS_CODE_MAX_ATTEMPTS - 1; i++) expect(await verifySmsCode(db(), person.iin, wrong(code), address, later(1000 + i))).toBeNull();
    expect(await verifySmsCode(db(), person.iin, code, address, later(2000))).toMatchObject({ id: person.userId });
  });

  it('counts every try against the account\'s sign-in limit, which then refuses even the right code', async () => {
    const person = await importedRecipient();
    await requestSmsCode(db(), person.iin, newAddress(), at);
    const code = await latestCode(person.recipientId);
    // Wrong tries, each from another address, all count for this account.
    for (let i = 0; i < MAX_FAILURES_PER_LOGIN; i++) await verifySmsCode(db(), person.iin, wrong(code), newAddress(), later(1000 + i));
    // Give the code its tries back, so only the account's limit can refuse the right code now.
    await db().update(smsSignInCodes).set({ attempts: 0 }).where(eq(smsSignInCodes.userId, person.userId));
    expect(await rejection(verifySmsCode(db(), person.iin, code, newAddress(), later(2000)))).toBe('rate_limited');
  });

  it('refuses any code for an IIN without an account, and counts the try', async () => {
    const iin = newIin();
    expect(await verifySmsCode(db(), iin, '123456', newAddress(), at)).toBeNull();
    const attempts = await db().select().from(signInAttempts).where(eq(signInAttempts.login, iin));
    expect(attempts.map((a) => a.succeeded)).toEqual(['no']);
  });

  it('refuses the code once the account is disabled', async () => {
    const person = await importedRecipient();
    const address = newAddress();
    await requestSmsCode(db(), person.iin, address, at);
    const code = await latestCode(person.recipientId);
    await db().update(users).set({ status: 'disabled' }).where(eq(users.id, person.userId));
    expect(await verifySmsCode(db(), person.iin, code, address, later(1000))).toBeNull();
  });
});
