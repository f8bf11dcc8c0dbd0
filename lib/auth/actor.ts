import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { apiTokens, providers, users, type UserRole } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import { now } from '@/lib/clock';
import { AppError } from '@/lib/errors';
import { can, type Permission } from './permissions';

/** Who is calling: what every service receives. Never carries secrets. */
export interface Actor {
  userId: string;
  role: UserRole;
  name: string;
  iin: string | null;
  bin: string | null;
  providerId: string | null;
  officeId: string | null;
  recipientId: string | null;
  locale: 'kk' | 'ru' | 'en';
}

const actorColumns = {
  userId: users.id,
  role: users.role,
  name: users.fullName,
  iin: users.iin,
  email: users.email,
  status: users.status,
  sessionVersion: users.sessionVersion,
  providerId: users.providerId,
  officeId: users.officeId,
  recipientId: users.recipientId,
  locale: users.locale,
  providerBin: providers.bin,
};

function actorQuery(db: Db) {
  return db
    .select(actorColumns)
    .from(users)
    .leftJoin(providers, eq(providers.id, users.providerId))
    .where(eq(users.id, sql.placeholder('userId')))
    .limit(1)
    .prepare('load_actor');
}

/** A bearer token's actor in one statement: every API call makes it. */
function tokenActorQuery(db: Db) {
  return db
    .select({ ...actorColumns, tokenSessionVersion: apiTokens.sessionVersion })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .leftJoin(providers, eq(providers.id, users.providerId))
    .where(and(eq(apiTokens.tokenHash, sql.placeholder('tokenHash')), gt(apiTokens.expiresAt, sql`${sql.placeholder('now')}::timestamptz`)))
    .limit(1)
    .prepare('token_actor');
}

type ActorRow = Awaited<ReturnType<ReturnType<typeof actorQuery>['execute']>>[number];

/** Refuses an account that was disabled, or a credential issued before its session version was raised. */
function actorOf(row: ActorRow | undefined, sessionVersion: number): Actor | null {
  if (!row || row.status !== 'active' || row.sessionVersion !== sessionVersion) return null;
  return {
    userId: row.userId,
    role: row.role,
    name: row.name,
    iin: row.iin,
    bin: row.providerBin,
    providerId: row.providerId,
    officeId: row.officeId,
    recipientId: row.recipientId,
    locale: row.locale,
  };
}

// Every request loads its actor: the statement is built once per connection, not per call.
const preparedActorQueries = new WeakMap<Db, ReturnType<typeof actorQuery>>();
const preparedTokenQueries = new WeakMap<Db, ReturnType<typeof tokenActorQuery>>();

/**
 * Loads the actor for a session or token, refusing it when the account was disabled or its
 * session version was raised ("sign out everywhere") after the credential was issued.
 */
export async function loadActor(db: Db, userId: string, sessionVersion: number): Promise<Actor | null> {
  let query = preparedActorQueries.get(db);
  if (!query) {
    query = actorQuery(db);
    preparedActorQueries.set(db, query);
  }
  const [row] = await query.execute({ userId });
  return actorOf(row, sessionVersion);
}

/** Deny by default: the one check every entry point makes. */
export function assertPermission(actor: Actor | null, permission: Permission): Actor {
  if (!actor) throw new AppError('unauthenticated');
  if (!can(actor.role, permission)) throw new AppError('forbidden');
  return actor;
}

export const API_TOKEN_TTL_MS = 60 * 60 * 1000;

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Issues an opaque bearer token; only its hash is stored, so a database leak reveals none. */
export async function issueApiToken(db: Db, user: { id: string; sessionVersion: number }) {
  const token = `qmq_${randomBytes(32).toString('base64url')}`;
  const createdAt = now();
  const expiresAt = new Date(createdAt.getTime() + API_TOKEN_TTL_MS);
  await db.insert(apiTokens).values({
    userId: user.id,
    tokenHash: hashToken(token),
    sessionVersion: user.sessionVersion,
    createdAt,
    expiresAt,
  });
  return { token, expiresAt };
}

export async function actorFromApiToken(db: Db, token: string): Promise<Actor | null> {
  let query = preparedTokenQueries.get(db);
  if (!query) {
    query = tokenActorQuery(db);
    preparedTokenQueries.set(db, query);
  }
  const [row] = await query.execute({ tokenHash: hashToken(token), now: now().toISOString() });
  return row ? actorOf(row, row.tokenSessionVersion) : null;
}

/** Revokes every session and token of the user by raising the session version (R15). */
export async function signOutEverywhere(db: Db, actor: Actor): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, actor.userId));
    await writeAudit(tx, {
      actor: { userId: actor.userId, role: actor.role },
      action: 'session.sign_out_everywhere',
      entityType: 'user',
      entityId: actor.userId,
    });
  });
}
