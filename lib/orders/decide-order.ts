import { and, eq, gte, sql } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { catalogItems, iprMeasures, type ClassifierCategory, type DocumentRow, type OrderRow } from '@/db/schema';
import { assertPermission, type Actor } from '@/lib/auth/actor';
import { almatyDateOf } from '@/lib/calendar/local-date';
import { now } from '@/lib/clock';
import { createDocumentVersion } from '@/lib/documents/create-document';
import { AppError } from '@/lib/errors';
import { ORDER_DOCUMENT_KINDS, contractContent, decisionContent } from './order-documents';
import { loadOrderParties, recipientSideSigner } from './order-parties';
import { notifyOrderEvent } from './order-notices';
import { findOrderForActor } from './queries';
import { fulfilmentKindOf, refusalReasonsFor } from './rules';
import type { OrderDecisionInput } from './schemas';
import { lockOrder, transitionOrder } from './transition';

/** Whether the deadline has passed for an order that expires then (a flag-only category still takes late decisions). */
function pastDeadline(order: OrderRow, at: Date): boolean {
  return order.onExpiry === 'expire' && order.deadlineAt !== null && at.getTime() > order.deadlineAt.getTime();
}

function assertDecidable(order: OrderRow, at: Date) {
  if (order.status !== 'submitted') throw new AppError('conflict', { detailKey: `errors.order.not_awaiting_decision`, values: { status: order.status } });
  if (pastDeadline(order, at)) throw new AppError('conflict', { detailKey: 'errors.order.deadline_passed' });
}

/**
 * The provider decides: the decision (acceptance, or refusal with a reason from the category's
 * list) is prepared as a document for the provider's head to sign. It takes effect only when
 * signed (`applySignedDecision`); until then the provider may prepare another, which replaces it.
 */
export async function prepareDecision(db: Db, actor: Actor, orderId: string, input: OrderDecisionInput) {
  assertPermission(actor, 'orders.decide');
  if (!actor.iin) throw new AppError('forbidden');
  const order = await findOrderForActor(db, actor, orderId);
  if (!order) throw new AppError('not_found', { detailKey: 'errors.not_found.order' });
  const at = now();
  assertDecidable(order, at);
  if (input.decision === 'refuse' && !refusalReasonsFor(order.category as ClassifierCategory).includes(input.reason as never)) {
    throw new AppError('validation_failed', { fieldErrors: [{ field: 'reason', message: 'validation.order.reason_not_for_category', values: { reasons: refusalReasonsFor(order.category as ClassifierCategory).join(', ') } }] });
  }
  return db.transaction(async (tx) => {
    const locked = await lockOrder(tx, order.id);
    assertDecidable(locked, at);
    const signer = { name: actor.name, iin: actor.iin!, ...(actor.bin ? { bin: actor.bin } : {}) };
    const parties = await loadOrderParties(tx, locked, signer);
    const decision = { decision: input.decision, reason: input.decision === 'refuse' ? (input.reason ?? null) : null, comment: input.comment ?? null };
    return createDocumentVersion(tx, { userId: actor.userId, role: actor.role }, {
      kind: ORDER_DOCUMENT_KINDS.decision,
      subjectType: 'order',
      subjectId: locked.id,
      content: decisionContent(locked, parties, almatyDateOf(at), decision),
      requiredSigners: [{ userId: actor.userId, iin: actor.iin!, ...(actor.bin ? { bin: actor.bin } : {}) }],
    });
  });
}

/** The decision as signed: read from the signed bytes, never from anything the caller sends. */
function signedDecision(document: DocumentRow): { decision: 'accept' | 'refuse'; reason: string | null; comment: string | null } {
  const parsed = JSON.parse(new TextDecoder().decode(document.canonical)) as { content: { decision: { decision: 'accept' | 'refuse'; reason: string | null; comment: string | null } } };
  return parsed.content.decision;
}

/**
 * The provider's signature on a decision arrived. Acceptance takes the goods from stock in a
 * conditional UPDATE (two accepts of the last item: exactly one finds it) and forms the contract
 * for both parties to sign; refusal frees the recipient to choose another provider. Either way
 * the recipient is told by SMS and in the cabinet.
 */
export async function applySignedDecision(tx: Tx, document: DocumentRow, signer: Actor, at: Date) {
  const order = await lockOrder(tx, document.subjectId);
  assertDecidable(order, at);
  const decision = signedDecision(document);
  const audit = { actor: { userId: signer.userId, role: signer.role }, action: 'order.decide', data: { documentId: document.id, ...decision } };
  if (decision.decision === 'refuse') {
    const refused = await transitionOrder(tx, order, 'refused', at, { decidedAt: at, refusalReason: decision.reason, refusalComment: decision.comment }, { ...audit, reason: decision.reason });
    await notifyOrderEvent(tx, refused, 'order_refused', ['recipient'], at, { reason: decision.reason ?? '' });
    return refused;
  }
  if (fulfilmentKindOf(order.category as ClassifierCategory) === 'goods') {
    const [taken] = await tx
      .update(catalogItems)
      .set({ stock: sql`${catalogItems.stock} - ${order.quantity}` })
      .where(and(eq(catalogItems.id, order.catalogItemId), gte(catalogItems.stock, order.quantity)))
      .returning({ stock: catalogItems.stock });
    if (!taken) throw new AppError('conflict', { detailKey: 'errors.order.out_of_stock' });
  }
  const accepted = await transitionOrder(tx, order, 'accepted', at, { decidedAt: at }, audit);
  const recipientSigner = await recipientSideSigner(tx, accepted);
  const parties = await loadOrderParties(tx, accepted, { name: signer.name, iin: signer.iin ?? '', ...(signer.bin ? { bin: signer.bin } : {}) });
  const [measure] = await tx
    .select({ hoursPerDay: iprMeasures.hoursPerDay, hoursPerYear: iprMeasures.hoursPerYear })
    .from(iprMeasures)
    .where(and(eq(iprMeasures.iprId, accepted.iprId), eq(iprMeasures.classifierCode, accepted.classifierCode)));
  await createDocumentVersion(tx, { userId: signer.userId, role: signer.role }, {
    kind: ORDER_DOCUMENT_KINDS.contract,
    subjectType: 'order',
    subjectId: accepted.id,
    content: contractContent(accepted, parties, almatyDateOf(at), recipientSigner.role === 'representative' ? { fullName: recipientSigner.name, iin: recipientSigner.iin } : null, measure ?? { hoursPerDay: null, hoursPerYear: null }),
    requiredSigners: [
      { userId: signer.userId, iin: signer.iin!, ...(signer.bin ? { bin: signer.bin } : {}) },
      { userId: recipientSigner.userId, iin: recipientSigner.iin },
    ],
  });
  await notifyOrderEvent(tx, accepted, 'order_accepted', ['recipient'], at);
  return accepted;
}
