import { and, desc, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { documents, type RequiredSigner } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
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
  const canonical = canonicalBytes({
    kind: input.kind,
    subject: { type: input.subjectType, id: input.subjectId },
    version,
    content: input.content,
    attachments: input.attachments ?? [],
    signers: input.requiredSigners.map((s) => ({ iin: s.iin, bin: s.bin ?? null })),
  });
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
  await writeAudit(tx, {
    actor,
    action: 'document.create_version',
    entityType: 'document',
    entityId: created.id,
    fromState: latest ? `v${latest.version}` : null,
    toState: 'awaiting_signatures',
    data: { kind: input.kind, subjectType: input.subjectType, subjectId: input.subjectId, version, sha256: created.sha256 },
  });
  return created;
}
