import { and, count, eq, gt, inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { signInAttempts } from '@/db/schema';

/**
 * Failed sign-ins are limited per account and per address over a sliding window (R16).
 * Kept in the database so the limit holds across app instances.
 */
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_LOGIN = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

/**
 * Records the attempt as pending BEFORE the password is checked and counts it with the others,
 * so that many simultaneous guesses cannot all pass the check before any failure is written.
 * Returns the attempt id, or null when the limit is reached (recorded as blocked).
 */
export async function beginSignInAttempt(db: Db, login: string, ip: string, at: Date): Promise<number | null> {
  const [attempt] = await db.insert(signInAttempts).values({ login, ip, succeeded: 'pending', at }).returning({ id: signInAttempts.id });
  if (await isSignInBlocked(db, login, ip, at)) {
    await db.update(signInAttempts).set({ succeeded: 'blocked' }).where(eq(signInAttempts.id, attempt!.id));
    return null;
  }
  return attempt!.id;
}

export async function finishSignInAttempt(db: Db, attemptId: number, succeeded: boolean) {
  await db.update(signInAttempts).set({ succeeded: succeeded ? 'yes' : 'no' }).where(eq(signInAttempts.id, attemptId));
}

async function isSignInBlocked(db: Db, login: string, ip: string, at: Date): Promise<boolean> {
  const since = new Date(at.getTime() - SIGN_IN_WINDOW_MS);
  // Failures and attempts still being checked count; blocked attempts do not extend the lock.
  const failed = inArray(signInAttempts.succeeded, ['no', 'pending']);
  const [byLogin] = await db
    .select({ n: count() })
    .from(signInAttempts)
    .where(and(eq(signInAttempts.login, login), failed, gt(signInAttempts.at, since)));
  if ((byLogin?.n ?? 0) > MAX_FAILURES_PER_LOGIN) return true;
  const [byAddress] = await db
    .select({ n: count() })
    .from(signInAttempts)
    .where(and(eq(signInAttempts.ip, ip), failed, gt(signInAttempts.at, since)));
  return (byAddress?.n ?? 0) > MAX_FAILURES_PER_ADDRESS;
}
