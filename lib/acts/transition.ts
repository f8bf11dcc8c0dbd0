import { and, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { acts, type ActRow, type ActStatus } from '@/db/schema';
import { writeAudit, type AuditEntry } from '@/lib/audit';
import { AppError } from '@/lib/errors';

/**
 * Moves an act from the state it was read in to the next in one conditional UPDATE (R7): if
 * another request moved it first, no row matches and the caller's transaction fails with a
 * conflict instead of acting twice (two officers approving at once post once). The audit entry
 * is written in the same transaction.
 */
export async function transitionAct(
  tx: Tx,
  act: Pick<ActRow, 'id' | 'status'>,
  to: ActStatus,
  at: Date,
  audit: Pick<AuditEntry, 'actor' | 'onBehalfOfRecipientId' | 'action' | 'reason' | 'data'>,
  changes: Partial<Pick<ActRow, 'returnReasons' | 'returnComment' | 'approvalDocumentId' | 'reviewFlags'>> = {},
): Promise<ActRow> {
  const [updated] = await tx
    .update(acts)
    .set({ ...changes, status: to, statusChangedAt: at })
    .where(and(eq(acts.id, act.id), eq(acts.status, act.status)))
    .returning();
  if (!updated) throw new AppError('conflict', { detailKey: 'errors.act.changed_meanwhile' });
  await writeAudit(tx, { ...audit, entityType: 'act', entityId: act.id, fromState: act.status, toState: to });
  return updated;
}

/** Reads an act under a row lock, so the checks that follow see it as the update will. */
export async function lockAct(tx: Tx, actId: string): Promise<ActRow> {
  const [act] = await tx.select().from(acts).where(eq(acts.id, actId)).for('update');
  if (!act) throw new AppError('not_found', { detailKey: 'errors.not_found.act' });
  return act;
}
