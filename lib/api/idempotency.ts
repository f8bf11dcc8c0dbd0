import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { idempotencyKeys } from '@/db/schema';
import { now } from '@/lib/clock';
import { AppError } from '@/lib/errors';

const KEY_PATTERN = /^[\x21-\x7e]{1,200}$/;

export function parseIdempotencyKey(header: string | null): string | null {
  if (header === null) return null;
  if (!KEY_PATTERN.test(header)) throw new AppError('malformed_request', { detailKey: 'errors.malformed_request.idempotency_key' });
  return header;
}

export function requestDigest(method: string, path: string, body: unknown): string {
  return createHash('sha256').update(JSON.stringify([method, path, body ?? null])).digest('hex');
}

export type Claim = { replay: { status: number; body: unknown } } | { claimed: true };

export interface ClaimInput {
  userId: string;
  key: string;
  method: string;
  path: string;
  digest: string;
}

/** The key's row as a claim writes it, stamped now. */
function keyRow(claim: ClaimInput) {
  return { userId: claim.userId, key: claim.key, method: claim.method, path: claim.path, requestSha256: claim.digest, createdAt: now() };
}

/**
 * Claims a key inside the caller's transaction. A concurrent request with the same key waits
 * on the unique index until the first commits, then finds its answer and replays it. The same
 * key with another request is a conflict. A refused request rolls back with its claim, so a
 * retry after fixing the input is a new attempt.
 */
export async function claimIdempotencyKey(tx: Tx, input: ClaimInput): Promise<Claim> {
  const [inserted] = await tx
    .insert(idempotencyKeys)
    .values(keyRow(input))
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key })
    // Every retried-safe write sends these two: parsed once per connection, not once per request.
    .prepare('claim_idempotency_key')
    .execute();
  if (inserted) return { claimed: true };
  const [existing] = await tx
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.userId, input.userId), eq(idempotencyKeys.key, input.key)));
  if (!existing || existing.requestSha256 !== input.digest || existing.status === null) {
    throw new AppError('conflict', { detailKey: 'errors.conflict.idempotency_key' });
  }
  return { replay: { status: existing.status, body: existing.response } };
}

/**
 * Keeps the answer on the key claimed in the same transaction. Written as an upsert on the key, so
 * the database finds the claimed row through the key's unique index whatever its statistics say:
 * an UPDATE by the key, planned while the table was small (just after a restore's ANALYZE), stayed
 * a sequential scan as the table grew, 0.6 ms per request after a few thousand keys.
 */
export async function recordIdempotentAnswer(tx: Tx, claim: ClaimInput, answer: { status: number; body: unknown }) {
  await tx
    .insert(idempotencyKeys)
    .values({ ...keyRow(claim), status: answer.status, response: answer.body })
    .onConflictDoUpdate({ target: [idempotencyKeys.userId, idempotencyKeys.key], set: { status: answer.status, response: answer.body } })
    .prepare('record_idempotent_answer')
    .execute();
}
