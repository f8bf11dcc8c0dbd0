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

/**
 * Claims a key inside the caller's transaction. A concurrent request with the same key waits
 * on the unique index until the first commits, then finds its answer and replays it. The same
 * key with another request is a conflict. A refused request rolls back with its claim, so a
 * retry after fixing the input is a new attempt.
 */
export async function claimIdempotencyKey(tx: Tx, input: { userId: string; key: string; method: string; path: string; digest: string }): Promise<Claim> {
  const [inserted] = await tx
    .insert(idempotencyKeys)
    .values({ userId: input.userId, key: input.key, method: input.method, path: input.path, requestSha256: input.digest, createdAt: now() })
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

export async function recordIdempotentAnswer(tx: Tx, input: { userId: string; key: string; status: number; body: unknown }) {
  await tx
    .update(idempotencyKeys)
    .set({ status: input.status, response: input.body })
    .where(and(eq(idempotencyKeys.userId, input.userId), eq(idempotencyKeys.key, input.key)))
    .prepare('record_idempotent_answer')
    .execute();
}
