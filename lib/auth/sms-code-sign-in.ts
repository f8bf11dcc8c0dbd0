import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import { and, desc, eq, gt, isNull, lt, lte, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { recipients, smsSignInCodes, users } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import { iinField } from '@/lib/identifiers/schemas';
import { queueNotifications } from '@/lib/notifications/outbox';
import { consumeRateLimit, type RateLimit } from '@/lib/rate-limit';
import { AppError, isAppError } from '@/lib/errors';
import type { AuthenticatedUser } from './authenticate';
import { normalizeLogin } from './authenticate';
import { authSecret } from './secret';
import { beginSignInAttempt, finishSignInAttempt } from './sign-in-limits';

/**
 * Signing a recipient in with a one-time code sent by SMS to the phone on record. The caller
 * learns nothing about whether an IIN has an account or a phone: a request always gets the
 * same answer, and both limits count every request.
 */
export const SMS_CODE_TTL_MS = 5 * 60 * 1000;
export const SMS_CODE_MAX_ATTEMPTS = 5;
export const SMS_CODE_LENGTH = 6;

/** At most three codes per IIN and ten per address in 15 minutes, whether or not the IIN exists. */
export const SMS_CODE_PER_IIN_LIMIT: RateLimit = { bucket: 'sms_code_iin', limit: 3, windowMs: 15 * 60 * 1000 };
export const SMS_CODE_PER_ADDRESS_LIMIT: RateLimit = { bucket: 'sms_code_address', limit: 10, windowMs: 15 * 60 * 1000 };

/** Step 1 of the form: the IIN a code is asked for. */
export const smsCodeRequestSchema = z.object({ iin: iinField() });

/** Step 2 (the next-auth provider's credentials); next-auth's own fields are ignored. */
export const smsCodeCredentialsSchema = z.object({
  iin: z.string().trim().regex(/^\d{12}$/),
  code: z.string().trim().regex(new RegExp(`^\\d{${SMS_CODE_LENGTH}}$`)),
});

/** The stored form of a code: keyed with the app's secret and bound to its account, so a leaked table reveals no code. */
function codeHash(userId: string, code: string): string {
  return createHmac('sha256', authSecret()).update(`qamqor-sms-sign-in:${userId}:${code}`).digest('hex');
}

function newCode(): string {
  return String(randomInt(0, 10 ** SMS_CODE_LENGTH)).padStart(SMS_CODE_LENGTH, '0');
}

/**
 * Asks for a sign-in code. When an active recipient account has this IIN as its login, its
 * recipient is alive and has a phone, a new code replaces any earlier unused one and its SMS is
 * put into the outbox (in the same transaction). Otherwise nothing happens, silently. Throws
 * only AppError rate_limited, and that regardless of whether the IIN exists.
 * The caller nudges the SMS sender afterwards.
 */
export async function requestSmsCode(db: Db, iin: string, ip: string, at: Date): Promise<void> {
  const login = normalizeLogin(iin);
  try {
    await consumeRateLimit(db, SMS_CODE_PER_ADDRESS_LIMIT, ip, at);
    await consumeRateLimit(db, SMS_CODE_PER_IIN_LIMIT, login, at);
  } catch (error) {
    if (isAppError(error) && error.code === 'rate_limited') throw new AppError('rate_limited', { detailKey: 'signIn.smsCode.errors.tooManyCodes' });
    throw error;
  }
  const [account] = await db
    .select({ userId: users.id, locale: users.locale, recipientId: recipients.id, phone: recipients.phone })
    .from(users)
    .innerJoin(recipients, eq(recipients.id, users.recipientId))
    .where(and(eq(users.login, login), eq(users.role, 'recipient'), eq(users.status, 'active'), eq(recipients.lifeStatus, 'active')))
    .limit(1);
  if (!account?.phone) return;
  const phone = account.phone;
  const code = newCode();
  await db.transaction(async (tx) => {
    // Requests for one account take turns, so exactly one code is left usable.
    await tx.select({ id: users.id }).from(users).where(eq(users.id, account.userId)).for('update');
    await tx
      .update(smsSignInCodes)
      .set({ expiresAt: at })
      .where(and(eq(smsSignInCodes.userId, account.userId), isNull(smsSignInCodes.usedAt), gt(smsSignInCodes.expiresAt, at)));
    const [issued] = await tx
      .insert(smsSignInCodes)
      .values({ userId: account.userId, codeHash: codeHash(account.userId, code), expiresAt: new Date(at.getTime() + SMS_CODE_TTL_MS), createdAt: at })
      .returning({ id: smsSignInCodes.id });
    await queueNotifications(
      tx,
      [
        {
          to: { recipientId: account.recipientId },
          kind: 'sign_in_code',
          eventKey: issued!.id,
          locale: account.locale,
          phone,
          values: { code, minutes: SMS_CODE_TTL_MS / 60_000 },
          channels: ['sms'],
        },
      ],
      at,
    );
  });
}

/**
 * Checks a code. Answers the account, or null for a wrong, expired, used or exhausted code (and
 * for an IIN without an account: the answer is the same). Each check counts against the
 * per-login and per-address sign-in limits; past them it throws AppError rate_limited.
 *
 * A try is counted on the code before the comparison (a conditional UPDATE that stops at five),
 * so simultaneous guesses cannot get more than five; the right code is then consumed by one
 * conditional UPDATE, so two simultaneous uses cannot both sign in.
 */
export async function verifySmsCode(db: Db, iin: string, code: string, ip: string, at: Date): Promise<AuthenticatedUser | null> {
  const login = normalizeLogin(iin);
  const attemptId = await beginSignInAttempt(db, login, ip, at);
  if (attemptId === null) throw new AppError('rate_limited', { detailKey: 'errors.rate_limited.sign_in' });
  const refuse = async () => {
    await finishSignInAttempt(db, attemptId, false);
    return null;
  };
  const [user] = await db
    .select({ id: users.id, role: users.role, sessionVersion: users.sessionVersion, locale: users.locale })
    .from(users)
    .innerJoin(recipients, eq(recipients.id, users.recipientId))
    .where(and(eq(users.login, login), eq(users.role, 'recipient'), eq(users.status, 'active'), eq(recipients.lifeStatus, 'active')))
    .limit(1);
  if (!user) return refuse();
  const live = and(isNull(smsSignInCodes.usedAt), gt(smsSignInCodes.expiresAt, at));
  const latest = db
    .select({ id: smsSignInCodes.id })
    .from(smsSignInCodes)
    .where(and(eq(smsSignInCodes.userId, user.id), live))
    .orderBy(desc(smsSignInCodes.createdAt))
    .limit(1);
  const [tried] = await db
    .update(smsSignInCodes)
    .set({ attempts: sql`${smsSignInCodes.attempts} + 1` })
    .where(and(eq(smsSignInCodes.id, sql`(${latest})`), live, lt(smsSignInCodes.attempts, SMS_CODE_MAX_ATTEMPTS)))
    .returning({ id: smsSignInCodes.id, codeHash: smsSignInCodes.codeHash });
  if (!tried) return refuse();
  const expected = Buffer.from(tried.codeHash, 'hex');
  const given = Buffer.from(codeHash(user.id, code), 'hex');
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return refuse();
  return db.transaction(async (tx) => {
    const [consumed] = await tx
      .update(smsSignInCodes)
      .set({ usedAt: at })
      .where(and(eq(smsSignInCodes.id, tried.id), live, lte(smsSignInCodes.attempts, SMS_CODE_MAX_ATTEMPTS)))
      .returning({ id: smsSignInCodes.id });
    if (!consumed) {
      await finishSignInAttempt(tx, attemptId, false);
      return null;
    }
    await finishSignInAttempt(tx, attemptId, true);
    await writeAudit(tx, {
      actor: { userId: user.id, role: user.role },
      action: 'session.sign_in',
      entityType: 'user',
      entityId: user.id,
      data: { channel: 'sms_code', ip },
    });
    return { id: user.id, role: user.role, sessionVersion: user.sessionVersion, locale: user.locale };
  });
}
