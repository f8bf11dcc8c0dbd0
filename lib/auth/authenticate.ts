import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { users } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import { now } from '@/lib/clock';
import { AppError } from '@/lib/errors';
import { burnPasswordCheck, verifyPassword } from './password';
import { beginSignInAttempt, finishSignInAttempt } from './sign-in-limits';

export interface AuthenticatedUser {
  id: string;
  role: (typeof users.$inferSelect)['role'];
  sessionVersion: number;
  locale: 'kk' | 'ru' | 'en';
}

export function normalizeLogin(login: string): string {
  return login.trim().toLowerCase();
}

/**
 * Checks a login (IIN, BIN or e-mail) and password. Throws AppError rate_limited,
 * invalid_credentials or account_disabled; never says whether the login exists.
 */
export async function authenticate(
  db: Db,
  input: { login: string; password: string; ip: string; channel: 'web' | 'api' },
): Promise<AuthenticatedUser> {
  const login = normalizeLogin(input.login);
  const at = now();
  const attemptId = await beginSignInAttempt(db, login, input.ip, at);
  if (attemptId === null) throw new AppError('rate_limited', { detailKey: 'errors.rate_limited.sign_in' });
  const [user] = await db
    .select({
      id: users.id,
      role: users.role,
      status: users.status,
      passwordHash: users.passwordHash,
      sessionVersion: users.sessionVersion,
      locale: users.locale,
    })
    .from(users)
    .where(eq(users.login, login))
    .limit(1);
  const passwordOk = user?.passwordHash
    ? await verifyPassword(user.passwordHash, input.password)
    : (await burnPasswordCheck(input.password), false);
  if (!user || !passwordOk) {
    await finishSignInAttempt(db, attemptId, false);
    throw new AppError('invalid_credentials');
  }
  if (user.status !== 'active') {
    await finishSignInAttempt(db, attemptId, false);
    throw new AppError('account_disabled');
  }
  await db.transaction(async (tx) => {
    await finishSignInAttempt(tx, attemptId, true);
    await writeAudit(tx, {
      actor: { userId: user.id, role: user.role },
      action: 'session.sign_in',
      entityType: 'user',
      entityId: user.id,
      data: { channel: input.channel, ip: input.ip },
    });
  });
  return { id: user.id, role: user.role, sessionVersion: user.sessionVersion, locale: user.locale };
}
