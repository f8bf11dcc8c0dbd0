import { eq, inArray } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { actLines, acts, users, type ActLineRow, type ActRow, type OrderRow, type RequiredSigner } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import type { Actor } from '@/lib/auth/actor';
import { createDocumentVersion } from '@/lib/documents/create-document';
import { actFormedAudit } from './act-audit';
import { ACT_DOCUMENT_KIND } from './act-content';
import type { ActLine } from './lines';
import { actSignerIds, actSignerList } from './service-act';

export type FormedAct = { act: ActRow; lines: ActLineRow[] };

/**
 * Writes a priced act as formed: the act row (draft), its lines, the document its signers sign
 * (made from `content`, the same view model the PDF is drawn from) and the audit entry. Shared by
 * service acts and goods acts, so both are recorded the same way.
 */
export async function recordFormedAct(
  tx: Tx,
  actor: Actor,
  values: Omit<typeof acts.$inferInsert, 'id' | 'status' | 'documentId' | 'formedBy' | 'createdAt' | 'statusChangedAt'>,
  lines: readonly ActLine[],
  content: Record<string, unknown>,
  signers: RequiredSigner[],
  at: Date,
): Promise<FormedAct> {
  const [act] = await tx.insert(acts).values({ ...values, status: 'draft', formedBy: actor.userId, createdAt: at, statusChangedAt: at }).returning();
  const insertedLines = await tx.insert(actLines).values(lines.map((line, i) => ({ actId: act!.id, lineNo: i + 1, ...line }))).returning();
  const document = await createDocumentVersion(tx, { userId: actor.userId, role: actor.role }, {
    kind: ACT_DOCUMENT_KIND,
    subjectType: 'act',
    subjectId: act!.id,
    content,
    requiredSigners: signers,
  });
  const [formed] = await tx.update(acts).set({ documentId: document.id }).where(eq(acts.id, act!.id)).returning();
  await writeAudit(tx, actFormedAudit(actor, act!.id, values, document.id));
  return { act: formed!, lines: insertedLines.sort((a, b) => a.lineNo - b.lineNo) };
}

/**
 * Who signs an act, in order (actSignerList): the provider's head, each worker who served (none
 * for goods), then the recipient's side unless the recipient has died; their IINs read here.
 */
export async function actSigners(tx: Tx, head: Actor, order: Pick<OrderRow, 'placedByUserId'>, workerIds: readonly string[], recipientDeceased: boolean): Promise<RequiredSigner[]> {
  const wanted = actSignerIds(head.userId, order.placedByUserId, workerIds, recipientDeceased);
  const iins = wanted.length ? await tx.select({ id: users.id, iin: users.iin }).from(users).where(inArray(users.id, wanted)) : [];
  return actSignerList({ userId: head.userId, iin: head.iin!, bin: head.bin }, order.placedByUserId, workerIds, recipientDeceased, (id) => iins.find((u) => u.id === id)?.iin);
}
