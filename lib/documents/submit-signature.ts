import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { documents, signatures } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { writeAudit } from '@/lib/audit';
import { now } from '@/lib/clock';
import { AppError } from '@/lib/errors';
import type { Bytes } from '@/lib/signatures/bytes';
import type { TrustStore } from '@/lib/signatures/trust-store';
import { verifyDetachedCms, type SignatureVerification } from '@/lib/signatures/verify-cms';
import { onOrderDocumentSigned } from '@/lib/orders/signed-effects';
import { onActSignature } from '@/lib/acts/signature-effects';
import { ACT_APPROVAL_DOCUMENT_KIND, applySignedApproval } from '@/lib/acts/review-act';
import { canReadDocument } from './queries';

/** A freshly made signature reaches us within minutes; an older one is refused as implausible. */
const MAX_SIGNATURE_AGE_MS = 30 * 60 * 1000;

function storedVerification(result: SignatureVerification) {
  return {
    valid: result.valid,
    failure: result.failure,
    checks: result.checks,
    signer: result.signer,
    signingTime: result.signingTime,
    contentSha256: result.contentSha256,
    revocation: result.revocation,
  };
}

/**
 * Receives a signer's CMS over a document version: verifies it against the stored canonical
 * bytes (S1–S6) and, if it holds, stores it with the verification result, certificate and
 * revocation evidence; the document is signed once every required signer has signed.
 * A refused signature writes nothing but an audit entry saying why.
 */
export async function submitSignature(db: Db, actor: Actor, documentId: string, cms: Bytes, trust: TrustStore) {
  const receivedAt = now();
  const [document] = await db.select().from(documents).where(eq(documents.id, documentId)).limit(1);
  if (!document || !canReadDocument(actor, document)) throw new AppError('not_found', { detailKey: 'errors.not_found.document' });
  const signer = document.requiredSigners.find((s) => s.userId === actor.userId);
  if (!signer) throw new AppError('forbidden', { detailKey: 'signatures.not_a_signer' });
  if (document.status !== 'awaiting_signatures') {
    throw new AppError('conflict', { detailKey: document.status === 'superseded' ? 'signatures.superseded' : 'signatures.already_signed' });
  }

  const result = await verifyDetachedCms({
    cms,
    content: new Uint8Array(document.canonical),
    trust,
    purpose: 'document',
    expected: { iin: signer.iin, ...(signer.bin ? { bin: signer.bin, requireOrganisationSigner: true } : {}) },
    receivedAt,
    maxAgeMs: MAX_SIGNATURE_AGE_MS,
  });
  if (!result.valid || !result.signer || !result.certificate || !result.signingTime) {
    await db.transaction((tx) =>
      writeAudit(tx, {
        actor: { userId: actor.userId, role: actor.role },
        action: 'document.signature_refused',
        entityType: 'document',
        entityId: document.id,
        reason: result.failure,
        data: { verification: storedVerification(result) },
      }),
    );
    throw new AppError('signature_refused', { detailKey: `signatures.failures.${result.failure ?? 'malformed'}` });
  }

  return db.transaction(async (tx) => {
    // Re-read under lock: two signers finishing at once must not both miss the last signature.
    const [locked] = await tx.select().from(documents).where(eq(documents.id, document.id)).for('update');
    if (!locked || locked.status !== 'awaiting_signatures') throw new AppError('conflict', { detailKey: 'signatures.superseded' });
    const [existing] = await tx
      .select({ id: signatures.id })
      .from(signatures)
      .where(and(eq(signatures.documentId, document.id), eq(signatures.signerUserId, actor.userId)));
    if (existing) throw new AppError('conflict', { detailKey: 'signatures.already_signed_by_you' });
    const [stored] = await tx
      .insert(signatures)
      .values({
        documentId: document.id,
        signerUserId: actor.userId,
        cms,
        certificate: result.certificate!,
        signerIin: result.signer!.iin!,
        signerBin: result.signer!.bin,
        signingTime: new Date(result.signingTime!),
        documentSha256: document.sha256,
        verification: storedVerification(result),
        receivedAt,
      })
      .returning({ id: signatures.id });
    const signedBy = new Set(
      (await tx.select({ userId: signatures.signerUserId }).from(signatures).where(eq(signatures.documentId, document.id))).map((r) => r.userId),
    );
    const complete = locked.requiredSigners.every((s) => signedBy.has(s.userId));
    if (complete) await tx.update(documents).set({ status: 'signed' }).where(and(eq(documents.id, document.id), eq(documents.status, 'awaiting_signatures')));
    await writeAudit(tx, {
      actor: { userId: actor.userId, role: actor.role },
      action: 'document.sign',
      entityType: 'document',
      entityId: document.id,
      fromState: 'awaiting_signatures',
      toState: complete ? 'signed' : 'awaiting_signatures',
      data: { signatureId: stored!.id, sha256: document.sha256, certificateSerial: result.signer!.serialNumber },
    });
    // What the document decides happens now, in this transaction (and after the signature in the
    // history): if the effect is refused, so is the signature.
    if (complete && locked.subjectType === 'order') await onOrderDocumentSigned(tx, locked, actor, receivedAt);
    // An act moves with each side's signatures, not only the last (the provider's, then the recipient's).
    if (locked.subjectType === 'act' && locked.kind === 'act') await onActSignature(tx, locked, actor, signedBy, receivedAt);
    if (complete && locked.subjectType === 'act' && locked.kind === ACT_APPROVAL_DOCUMENT_KIND) await applySignedApproval(tx, locked, actor, receivedAt);
    return { signatureId: stored!.id, documentStatus: complete ? ('signed' as const) : ('awaiting_signatures' as const), verification: result };
  });
}
