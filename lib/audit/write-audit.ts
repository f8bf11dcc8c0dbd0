import { desc, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { auditLog } from '@/db/schema';
import { now } from '@/lib/clock';
import { GENESIS_HASH, chainHash, type AuditPayload } from './chain';

/** Arbitrary constant naming the audit chain's advisory lock. */
const AUDIT_CHAIN_LOCK = 7_240_001;

export interface AuditEntry {
  actor: { userId: string; role: string } | null;
  onBehalfOfRecipientId?: string | null;
  action: string;
  entityType: string;
  entityId: string;
  fromState?: string | null;
  toState?: string | null;
  reason?: string | null;
  data?: Record<string, unknown>;
}

/**
 * Appends to the audit log inside the caller's transaction, so the entry commits or rolls back
 * with the change it records. The advisory lock serialises writers: without it two concurrent
 * entries read the same tail and fork the chain (R18).
 */
export async function writeAudit(tx: Tx, entry: AuditEntry): Promise<{ seq: number; hash: string }> {
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
  const [last] = await tx
    .select({ seq: auditLog.seq, hash: auditLog.hash })
    .from(auditLog)
    .orderBy(desc(auditLog.seq))
    .limit(1);
  const at = now();
  const payload: AuditPayload = {
    seq: (last?.seq ?? 0) + 1,
    at: at.toISOString(),
    actorUserId: entry.actor?.userId ?? null,
    actorRole: entry.actor?.role ?? null,
    onBehalfOfRecipientId: entry.onBehalfOfRecipientId ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    fromState: entry.fromState ?? null,
    toState: entry.toState ?? null,
    reason: entry.reason ?? null,
    data: entry.data ?? {},
  };
  const prevHash = last?.hash ?? GENESIS_HASH;
  const hash = chainHash(prevHash, payload);
  await tx.insert(auditLog).values({ ...payload, at, prevHash, hash });
  return { seq: payload.seq, hash };
}
