import { sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';

/** Arbitrary constant naming the lock that imports and status events take. */
const ENTITLEMENTS_LOCK = 7_240_101;

/**
 * Imports and status events each decide against the stored versions and ends: they run one at
 * a time, so two batches never both "create" the same version or miss each other's end.
 */
export async function lockEntitlements(tx: Tx): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${ENTITLEMENTS_LOCK})`);
}
