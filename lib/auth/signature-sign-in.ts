import { randomBytes } from 'node:crypto';
import { and, eq, gt, inArray, isNull, notInArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { providers, signInChallenges, users } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import { now } from '@/lib/clock';
import { AppError } from '@/lib/errors';
import type { Bytes } from '@/lib/signatures/bytes';
import { canonicalBytes } from '@/lib/signatures/canonical';
import type { TrustStore } from '@/lib/signatures/trust-store';
import { verifyDetachedCms } from '@/lib/signatures/verify-cms';
import type { AuthenticatedUser } from './authenticate';

export const CHALLENGE_TTL_MS = 5 * 60 * 1000;

/** What the person's AUTH key signs: fixed text, a single-use nonce and its time. */
export function challengeBytes(challenge: { nonce: string; issuedAt: Date }): Bytes {
  return canonicalBytes({ purpose: 'qamqor-sign-in', nonce: challenge.nonce, issuedAt: challenge.issuedAt.toISOString() });
}

export async function issueSignInChallenge(db: Db) {
  const issuedAt = now();
  const nonce = randomBytes(24).toString('base64url');
  const expiresAt = new Date(issuedAt.getTime() + CHALLENGE_TTL_MS);
  await db.insert(signInChallenges).values({ nonce, issuedAt, expiresAt });
  return { nonce, challenge: challengeBytes({ nonce, issuedAt }), expiresAt };
}

/**
 * Signing in by signing a one-time challenge with the AUTH key (not the SIGN key). The
 * challenge is consumed by one conditional UPDATE, so a replayed signature finds it used; the
 * certificate's IIN (and BIN, for an organisation's staff) finds the account.
 */
export async function authenticateWithSignature(
  db: Db,
  input: { nonce: string; cms: Bytes; ip: string },
  trust: TrustStore,
): Promise<AuthenticatedUser> {
  const at = now();
  const [challenge] = await db
    .update(signInChallenges)
    .set({ usedAt: at })
    .where(and(eq(signInChallenges.nonce, input.nonce), isNull(signInChallenges.usedAt), gt(signInChallenges.expiresAt, at)))
    .returning();
  if (!challenge) throw new AppError('invalid_credentials', { detailKey: 'signatures.challenge_expired' });
  const result = await verifyDetachedCms({
    cms: input.cms,
    content: challengeBytes(challenge),
    trust,
    purpose: 'authentication',
    receivedAt: at,
    maxAgeMs: CHALLENGE_TTL_MS,
  });
  if (!result.valid || !result.signer?.iin) {
    throw new AppError('signature_refused', { detailKey: `signatures.failures.${result.failure ?? 'malformed'}` });
  }
  const iin = result.signer.iin;
  const bin = result.signer.bin;
  // An organisation's certificate opens that organisation's staff account; a personal one, a person's.
  const staffRoles = ['provider_admin', 'provider_worker'] as const;
  const candidates = bin
    ? await db
        .select({ id: users.id, role: users.role, status: users.status, sessionVersion: users.sessionVersion, locale: users.locale })
        .from(users)
        .innerJoin(providers, eq(providers.id, users.providerId))
        .where(and(eq(users.iin, iin), eq(providers.bin, bin), inArray(users.role, [...staffRoles])))
    : await db
        .select({ id: users.id, role: users.role, status: users.status, sessionVersion: users.sessionVersion, locale: users.locale })
        .from(users)
        .where(and(eq(users.iin, iin), notInArray(users.role, ['integration_client'])));
  const active = candidates.filter((c) => c.status === 'active');
  if (active.length === 0) throw new AppError('invalid_credentials', { detailKey: 'signatures.no_account' });
  if (active.length > 1) throw new AppError('conflict', { detailKey: 'signatures.several_accounts' });
  const user = active[0]!;
  await db.transaction((tx) =>
    writeAudit(tx, {
      actor: { userId: user.id, role: user.role },
      action: 'session.sign_in',
      entityType: 'user',
      entityId: user.id,
      data: { channel: 'signature', ip: input.ip, certificateSerial: result.signer!.serialNumber, issuer: result.signer!.issuer },
    }),
  );
  return { id: user.id, role: user.role, sessionVersion: user.sessionVersion, locale: user.locale };
}
