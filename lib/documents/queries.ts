import { findActForActor } from '@/lib/acts/queries';
import { and, asc, desc, eq, ne, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { documents, signatures, type DocumentRow } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { can } from '@/lib/auth/permissions';
import { findOrderForActor } from '@/lib/orders/queries';

/**
 * Who may read a document: its required signers and administrators. Later issues widen this
 * through the thing it belongs to (an order's parties, the office of an act). Anyone else gets
 * "not found", so ids reveal nothing.
 */
export function canReadDocument(actor: Actor, document: Pick<DocumentRow, 'requiredSigners'>): boolean {
  return actor.role === 'administrator' || document.requiredSigners.some((s) => s.userId === actor.userId);
}

/**
 * A document the actor may read: as a signer or administrator, or, for an order's documents, as
 * anyone who may see the order (its parties and the district office); an act's likewise.
 */
export async function findDocumentForActor(db: Db, actor: Actor, id: string) {
  const [document] = await db.select().from(documents).where(eq(documents.id, id)).limit(1);
  if (!document) return null;
  if (canReadDocument(actor, document)) return document;
  if (document.subjectType === 'order' && can(actor.role, 'orders.read') && (await findOrderForActor(db, actor, document.subjectId))) return document;
  if (document.subjectType === 'act' && can(actor.role, 'acts.read') && (await findActForActor(db, actor, document.subjectId))) return document;
  return null;
}

export async function listDocumentSignatures(db: Db, documentId: string) {
  return db
    .select({
      id: signatures.id,
      signerUserId: signatures.signerUserId,
      signerIin: signatures.signerIin,
      signerBin: signatures.signerBin,
      signingTime: signatures.signingTime,
      receivedAt: signatures.receivedAt,
      documentSha256: signatures.documentSha256,
      verification: signatures.verification,
    })
    .from(signatures)
    .where(eq(signatures.documentId, documentId))
    .orderBy(asc(signatures.receivedAt));
}

/**
 * The documents an actor is a required signer of, newest first, with whether they have signed:
 * exactly those `canReadDocument` lets them open. Replaced versions are left out.
 */
export async function listDocumentsOfSigner(db: Db, actor: Actor) {
  return db
    .select({
      id: documents.id,
      kind: documents.kind,
      version: documents.version,
      status: documents.status,
      createdAt: documents.createdAt,
      signedAt: signatures.signingTime,
    })
    .from(documents)
    .leftJoin(signatures, and(eq(signatures.documentId, documents.id), eq(signatures.signerUserId, actor.userId)))
    .where(and(sql`${documents.requiredSigners} @> ${JSON.stringify([{ userId: actor.userId }])}::jsonb`, ne(documents.status, 'superseded')))
    .orderBy(desc(documents.createdAt), desc(documents.id));
}
