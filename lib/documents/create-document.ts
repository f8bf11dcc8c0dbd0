import { randomUUID } from 'node:crypto';
import { and, desc, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { documents, type DocumentRow, type RequiredSigner } from '@/db/schema';
import { writeAudit, type AuditEntry } from '@/lib/audit';
import { now } from '@/lib/clock';
import { canonicalBytes, sha256Hex } from '@/lib/signatures/canonical';

export interface NewDocument {
  kind: string;
  subjectType: string;
  subjectId: string;
  /** Everything the signers agree to; attachments are included by their SHA-256 digest. */
  content: Record<string, unknown>;
  attachments?: { name: string; sha256: string }[];
  requiredSigners: RequiredSigner[];
}

/**
 * Makes the next version of a document. Earlier versions are superseded, and their signatures
 * do not carry over: the new canonical bytes must be signed again.
 */
export async function createDocumentVersion(tx: Tx, actor: { userId: string; role: string } | null, input: NewDocument) {
  const [latest] = await tx
    .select({ id: documents.id, version: documents.version, status: documents.status })
    .from(documents)
    .where(and(eq(documents.subjectType, input.subjectType), eq(documents.subjectId, input.subjectId), eq(documents.kind, input.kind)))
    .orderBy(desc(documents.version))
    .limit(1)
    .for('update');
  const version = (latest?.version ?? 0) + 1;
  const canonical = documentCanonical(input, version);
  if (latest && latest.status !== 'superseded') {
    await tx.update(documents).set({ status: 'superseded' }).where(eq(documents.id, latest.id));
  }
  const [created] = await tx
    .insert(documents)
    .values({
      kind: input.kind,
      subjectType: input.subjectType,
      subjectId: input.subjectId,
      version,
      canonical,
      sha256: sha256Hex(canonical),
      status: 'awaiting_signatures',
      requiredSigners: input.requiredSigners,
      createdBy: actor?.userId ?? null,
      createdAt: now(),
    })
    .returning();
  if (!created) throw new Error('document not created');
  await writeAudit(tx, versionAudit(actor, created, latest?.version ?? null));
  return created;
}

/** The bytes the signers of a version sign: the content with what it is, whose, which version, and who signs. */
function documentCanonical(input: NewDocument, version: number) {
  return canonicalBytes({
    kind: input.kind,
    subject: { type: input.subjectType, id: input.subjectId },
    version,
    content: input.content,
    attachments: input.attachments ?? [],
    signers: input.requiredSigners.map((s) => ({ iin: s.iin, bin: s.bin ?? null })),
  });
}

function versionAudit(actor: { userId: string; role: string } | null, created: Pick<DocumentRow, 'id' | 'kind' | 'subjectType' | 'subjectId' | 'version' | 'sha256'>, previousVersion: number | null): AuditEntry {
  return {
    actor,
    action: 'document.create_version',
    entityType: 'document',
    entityId: created.id,
    fromState: previousVersion === null ? null : `v${previousVersion}`,
    toState: 'awaiting_signatures',
    data: { kind: created.kind, subjectType: created.subjectType, subjectId: created.subjectId, version: created.version, sha256: created.sha256 },
  };
}

/**
 * The first version of the documents of new subjects, all in one statement (a month-end batch
 * makes hundreds per transaction): the same rows, bytes and audit entries as createDocumentVersion
 * would make one by one. The ids are chosen here so the caller can link its subjects to them;
 * the audit entries are answered for the caller to write with its own (writeAudits), in order.
 * Refused (a plain error) if any of the subjects already has a document of the kind: that is
 * createDocumentVersion's case.
 */
export async function createFirstDocumentVersions(tx: Tx, actor: { userId: string; role: string } | null, inputs: readonly NewDocument[]) {
  if (inputs.length === 0) return { created: [], audit: [] };
  const at = now();
  const rows = inputs.map((input) => {
    const canonical = documentCanonical(input, 1);
    return {
      id: randomUUID(),
      kind: input.kind,
      subjectType: input.subjectType,
      subjectId: input.subjectId,
      version: 1,
      canonical,
      sha256: sha256Hex(canonical),
      status: 'awaiting_signatures' as const,
      requiredSigners: input.requiredSigners,
      createdBy: actor?.userId ?? null,
      createdAt: at,
    };
  });
  // A second version 1 of a subject's document breaks documents_subject_version: nothing is half made.
  await tx.insert(documents).values(rows);
  return { created: rows, audit: rows.map((row) => versionAudit(actor, row, null)) };
}
