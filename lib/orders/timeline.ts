import { and, asc, eq, inArray, or } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { auditLog, documents, signatures, users } from '@/db/schema';

export interface TimelineEvent {
  seq: number;
  at: Date;
  action: string;
  fromState: string | null;
  toState: string | null;
  reason: string | null;
  actor: { name: string; role: string } | null;
  /** Set when a representative acted for the recipient. */
  onBehalfOfRecipient: boolean;
  document: { id: string; kind: string; version: number } | null;
  signature: { signerIin: string; signingTime: Date; certificateSerial: string | null; documentSha256: string } | null;
}

/**
 * An order's history from the audit log: its own transitions and those of its documents (each
 * version made, each signature with its certificate), in order. The caller has already checked
 * that the actor may see the order.
 */
export async function orderTimeline(db: Db, orderId: string): Promise<TimelineEvent[]> {
  const docs = await db.select({ id: documents.id, kind: documents.kind, version: documents.version }).from(documents).where(and(eq(documents.subjectType, 'order'), eq(documents.subjectId, orderId)));
  const docIds = docs.map((d) => d.id);
  const rows = await db
    .select({ entry: auditLog, actorName: users.fullName })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .where(or(and(eq(auditLog.entityType, 'order'), eq(auditLog.entityId, orderId)), docIds.length ? and(eq(auditLog.entityType, 'document'), inArray(auditLog.entityId, docIds)) : undefined))
    .orderBy(asc(auditLog.seq));
  const signatureRows = docIds.length
    ? await db
        .select({ id: signatures.id, signerIin: signatures.signerIin, signingTime: signatures.signingTime, documentSha256: signatures.documentSha256, verification: signatures.verification })
        .from(signatures)
        .where(inArray(signatures.documentId, docIds))
    : [];
  const signatureById = new Map(signatureRows.map((s) => [s.id, s]));
  const docById = new Map(docs.map((d) => [d.id, d]));
  return rows.map(({ entry, actorName }) => {
    const signatureId = typeof entry.data.signatureId === 'string' ? entry.data.signatureId : null;
    const signature = signatureId ? signatureById.get(signatureId) : undefined;
    const serial = (signature?.verification as { signer?: { serialNumber?: string } } | undefined)?.signer?.serialNumber ?? null;
    return {
      seq: entry.seq,
      at: entry.at,
      action: entry.action,
      fromState: entry.fromState,
      toState: entry.toState,
      reason: entry.reason,
      actor: entry.actorUserId ? { name: actorName ?? '', role: entry.actorRole ?? '' } : null,
      onBehalfOfRecipient: entry.onBehalfOfRecipientId !== null,
      document: entry.entityType === 'document' ? (docById.get(entry.entityId) ?? null) : null,
      signature: signature ? { signerIin: signature.signerIin, signingTime: signature.signingTime, certificateSerial: serial, documentSha256: signature.documentSha256 } : null,
    };
  });
}
