import { sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { rowsOf, type Db } from '@/db/client';
import { apiTokens, idempotencyKeys, rateLimitHits, signInChallenges, smsSignInCodes } from '@/db/schema';
import { RETENTION } from './periods';

/** Rows deleted per statement: each statement is short, so on PGlite requests are served between them. */
const BATCH = 1000;

export interface PurgeCounts {
  apiTokens: number;
  signInChallenges: number;
  smsSignInCodes: number;
  idempotencyKeys: number;
  rateLimitHits: number;
}

async function deleteInBatches(db: Db, table: PgTable, expired: SQL): Promise<number> {
  let deleted = 0;
  for (;;) {
    const rows = rowsOf(await db.execute(sql`delete from ${table} where ctid in (select ctid from ${table} where ${expired} limit ${BATCH}) returning 1`));
    deleted += rows.length;
    if (rows.length < BATCH) return deleted;
  }
}

/**
 * Deletes what no request can use any more and nobody needs to read: expired bearer tokens,
 * sign-in challenges and SMS codes, old idempotency keys and rate-limit hits. These tables grow
 * with every API call and sign-in; without this they would grow for ever.
 */
export async function purgeExpiredRecords(db: Db, at: Date): Promise<PurgeCounts> {
  const before = (ms: number) => new Date(at.getTime() - ms).toISOString();
  const credentialsBefore = before(RETENTION.expiredCredentialsMs);
  return {
    apiTokens: await deleteInBatches(db, apiTokens, sql`${apiTokens.expiresAt} < ${credentialsBefore}::timestamptz`),
    signInChallenges: await deleteInBatches(db, signInChallenges, sql`${signInChallenges.expiresAt} < ${credentialsBefore}::timestamptz`),
    smsSignInCodes: await deleteInBatches(db, smsSignInCodes, sql`${smsSignInCodes.expiresAt} < ${credentialsBefore}::timestamptz`),
    idempotencyKeys: await deleteInBatches(db, idempotencyKeys, sql`${idempotencyKeys.createdAt} < ${before(RETENTION.idempotencyKeysMs)}::timestamptz`),
    rateLimitHits: await deleteInBatches(db, rateLimitHits, sql`${rateLimitHits.at} < ${before(RETENTION.rateLimitHitsMs)}::timestamptz`),
  };
}
