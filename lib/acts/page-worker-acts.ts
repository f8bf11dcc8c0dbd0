import 'server-only';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { acts, documents, recipients, signatures, type ActService } from '@/db/schema';
import { assertPermission, type Actor } from '@/lib/auth/actor';
import { ACT_DOCUMENT_KIND } from './act-content';

export interface WorkerActToSign {
  documentId: string;
  actId: string;
  number: string;
  period: string;
  service: ActService;
  minutes: number;
  recipientName: string;
}

/**
 * The acts a worker must sign now: act documents awaiting signatures that list the worker as a
 * required signer (they served in the act's period) and that the worker has not signed. A worker
 * has no acts.read: the document itself is theirs to open as its signer (canReadDocument), so the
 * owner here is the required signer in the WHERE clause. Oldest first: the longest waiting on top.
 */
export async function listActsForWorkerToSign(db: Db, actor: Actor): Promise<WorkerActToSign[]> {
  assertPermission(actor, 'documents.sign');
  return db
    .select({
      documentId: documents.id,
      actId: acts.id,
      number: acts.number,
      period: acts.period,
      service: acts.service,
      minutes: acts.minutes,
      recipientName: recipients.fullName,
    })
    .from(documents)
    .innerJoin(acts, eq(acts.documentId, documents.id))
    .innerJoin(recipients, eq(recipients.id, acts.recipientId))
    .leftJoin(signatures, and(eq(signatures.documentId, documents.id), eq(signatures.signerUserId, actor.userId)))
    .where(
      and(
        eq(documents.kind, ACT_DOCUMENT_KIND),
        eq(documents.status, 'awaiting_signatures'),
        eq(acts.status, 'draft'),
        sql`${documents.requiredSigners} @> ${JSON.stringify([{ userId: actor.userId }])}::jsonb`,
        isNull(signatures.id),
      ),
    )
    .orderBy(asc(documents.createdAt), asc(documents.id))
    .limit(100);
}
