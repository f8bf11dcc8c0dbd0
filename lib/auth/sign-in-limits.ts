import { and, count, eq, gt } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { signInAttempts } from '@/db/schema';

/**
 * Failed sign-ins are limited per account and per address over a sliding window (R16).
 * Kept in the database so the limit holds across app instances.
 */
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_LOGIN = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

export async function isSignInBlocked(db: Db, login: string, ip: string, at: Date): Promise<boolean> {
  const since = new Date(at.getTime() - SIGN_IN_WINDOW_MS);
  const failed = eq(signInAttempts.succeeded, 'no');
  const [byLogin] = await db
    .select({ n: count() })
    .from(signInAttempts)
    .where(and(eq(signInAttempts.login, login), failed, gt(signInAttempts.at, since)));
  if ((byLogin?.n ?? 0) >= MAX_FAILURES_PER_LOGIN) return true;
  const [byAddress] = await db
    .select({ n: count() })
    .from(signInAttempts)
    .where(and(eq(signInAttempts.ip, ip), failed, gt(signInAttempts.at, since)));
  return (byAddress?.n ?? 0) >= MAX_FAILURES_PER_ADDRESS;
}

export async function recordSignInAttempt(db: Db, login: string, ip: string, succeeded: boolean, at: Date) {
  await db.insert(signInAttempts).values({ login, ip, succeeded: succeeded ? 'yes' : 'no', at });
}
