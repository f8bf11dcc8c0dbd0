import { and, desc, eq } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { documents, orders, type DocumentRow } from '@/db/schema';
import { assertPermission, type Actor } from '@/lib/auth/actor';
import { almatyDateOf } from '@/lib/calendar/local-date';
import { createDocumentVersion } from '@/lib/documents/create-document';
import { AppError } from '@/lib/errors';
import { assertBudgetCovers } from '@/lib/ledger/budget';
import { postLedgerTransaction } from '@/lib/ledger/post-transaction';
import { money } from '@/lib/money';
import { inEveryLanguage } from '@/lib/orders/order-documents';
import { notifyOrderEvent } from '@/lib/orders/order-notices';
import { findActForActor } from './queries';
import type { ActReturnReason } from './return-reasons';
import { lockAct, transitionAct } from './transition';
import { districtOfficeOf } from '@/lib/offices/district-office';

export const ACT_APPROVAL_DOCUMENT_KIND = 'act_approval';

/** The office of the act's recipient's district: the one that reviews and pays it. */
async function submittedActForOfficer(db: Db, actor: Actor, actId: string) {
  assertPermission(actor, 'acts.review');
  const act = await findActForActor(db, actor, actId);
  if (!act || !actor.officeId || (await districtOfficeOf(db, act.recipientId)) !== actor.officeId) throw new AppError('not_found', { detailKey: 'errors.not_found.act' });
  if (act.status !== 'submitted') throw new AppError('conflict', { detailKey: 'errors.act.not_submitted', values: { status: act.status } });
  return act;
}

/**
 * An officer of the recipient's district office approves a submitted act for reimbursement:
 * the approval is prepared as a document for the officer to sign, and takes effect only when
 * signed (applySignedApproval), like an order decision.
 */
export async function prepareActApproval(db: Db, actor: Actor, actId: string, at: Date) {
  if (!actor.iin) throw new AppError('forbidden');
  const act = await submittedActForOfficer(db, actor, actId);
  return db.transaction(async (tx) => {
    const locked = await lockAct(tx, act.id);
    if (locked.status !== 'submitted') throw new AppError('conflict', { detailKey: 'errors.act.not_submitted', values: { status: locked.status } });
    // This officer's approval made today still awaits their signature: Approve again opens it rather than making a new version.
    const [pending] = await tx
      .select()
      .from(documents)
      .where(and(eq(documents.subjectType, 'act'), eq(documents.subjectId, locked.id), eq(documents.kind, ACT_APPROVAL_DOCUMENT_KIND), eq(documents.status, 'awaiting_signatures')))
      .orderBy(desc(documents.version))
      .limit(1);
    if (pending && pending.requiredSigners[0]?.userId === actor.userId && almatyDateOf(pending.createdAt) === almatyDateOf(at)) return pending;
    return createDocumentVersion(tx, { userId: actor.userId, role: actor.role }, {
      kind: ACT_APPROVAL_DOCUMENT_KIND,
      subjectType: 'act',
      subjectId: locked.id,
      content: {
        title: inEveryLanguage('acts.documents.approval', { act: locked.number, amount: locked.reimbursed }),
        act: { id: locked.id, number: locked.number, documentId: locked.documentId, period: locked.period, total: locked.total, reimbursed: locked.reimbursed },
        officer: { name: actor.name, iin: actor.iin, officeId: actor.officeId },
        date: almatyDateOf(at),
      },
      requiredSigners: [{ userId: actor.userId, iin: actor.iin! }],
    });
  });
}

/**
 * The officer's signature on an approval arrived: in its transaction the act moves from
 * submitted to approved in one conditional UPDATE (a second approval finds nothing to move), the
 * office's budget for the year is locked and must cover the reimbursement, and the ledger posts
 * office budget → provider payable once for the act (R3). If any of it is refused, so is the
 * signature, and nothing is written.
 */
export async function applySignedApproval(tx: Tx, document: DocumentRow, signer: Actor, at: Date) {
  const act = await lockAct(tx, document.subjectId);
  if (act.status !== 'submitted') throw new AppError('conflict', { detailKey: 'errors.act.not_submitted', values: { status: act.status } });
  const officeId = await districtOfficeOf(tx, act.recipientId);
  if (!officeId || officeId !== signer.officeId) throw new AppError('forbidden');
  // The budget of the year the approval is made in pays it (an act for December approved in January is next year's money).
  const year = Number(almatyDateOf(at).slice(0, 4));
  const amount = money(act.reimbursed);
  if (!amount.isZero()) await assertBudgetCovers(tx, officeId, year, amount);
  const approved = await transitionAct(tx, act, 'approved', at, { actor: { userId: signer.userId, role: signer.role }, action: 'act.approve', data: { documentId: document.id, amount: act.reimbursed, year } }, { approvalDocumentId: document.id });
  if (!amount.isZero()) {
    const posted = await postLedgerTransaction(tx, {
      kind: 'approval',
      source: { type: 'act', id: act.id },
      period: act.period,
      memo: act.number,
      postings: [
        { account: { kind: 'office_budget', officeId, year }, amount: amount.negated() },
        { account: { kind: 'provider_payable', providerId: act.providerId }, amount },
      ],
      by: signer.userId,
      at,
    });
    if (!posted) throw new AppError('conflict', { detailKey: 'errors.act.changed_meanwhile' });
  }
  const [order] = await tx.select().from(orders).where(eq(orders.id, act.orderId));
  await notifyOrderEvent(tx, order!, 'act_approved', ['provider'], at, { act: act.number, amount: act.reimbursed }, { eventKey: `${act.id}:approved` });
  return approved;
}

/**
 * The officer returns a submitted act with reasons from the closed list (each tells the provider
 * how to fix it) and a comment; "other" needs the comment. The period's entries open again and
 * the provider forms a new version.
 */
export async function returnAct(db: Db, actor: Actor, actId: string, input: { reasons: ActReturnReason[]; comment?: string | undefined }, at: Date) {
  const act = await submittedActForOfficer(db, actor, actId);
  if (input.reasons.includes('other') && !input.comment?.trim()) {
    throw new AppError('validation_failed', { fieldErrors: [{ field: 'comment', message: 'validation.act.comment_for_other' }] });
  }
  return db.transaction(async (tx) => {
    const locked = await lockAct(tx, act.id);
    const returned = await transitionAct(
      tx,
      locked,
      'returned',
      at,
      { actor: { userId: actor.userId, role: actor.role }, action: 'act.return', reason: input.reasons.join(','), data: { reasons: input.reasons, comment: input.comment ?? null } },
      { returnReasons: input.reasons, returnComment: input.comment?.trim() || null },
    );
    const [order] = await tx.select().from(orders).where(and(eq(orders.id, act.orderId)));
    await notifyOrderEvent(tx, order!, 'act_returned', ['provider'], at, { act: act.number, reasons: input.reasons.join(', '), comment: input.comment ?? '' }, { eventKey: `${act.id}:returned` });
    return returned;
  });
}

