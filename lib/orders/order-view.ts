import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { documents, orderStatuses, type OrderRow } from '@/db/schema';
import { formatInstantAlmaty } from '@/lib/calendar/local-date';
import { ORDER_DOCUMENT_KINDS } from './order-documents';
import { orderMoney } from './rules';
import type { TimelineEvent } from './timeline';

const moneyString = z.string().meta({ description: 'Tenge as a decimal string, e.g. "1234.50"' });

export const orderViewSchema = z
  .object({
    id: z.uuid(),
    number: z.string(),
    status: z.enum(orderStatuses),
    recipientId: z.uuid(),
    providerId: z.uuid(),
    catalogItemId: z.uuid(),
    code: z.string(),
    category: z.string(),
    quantity: z.int(),
    delivery: z.enum(['delivery', 'pickup']).nullable(),
    address: z.string().nullable(),
    leadTimeDays: z.int(),
    period: z.object({ from: z.string(), to: z.string().nullable() }).nullable(),
    money: z.object({
      unitPrice: moneyString,
      guaranteedSum: moneyString.nullable(),
      reimbursedPerUnit: moneyString,
      coPaymentPerUnit: moneyString,
      total: moneyString,
      reimbursedTotal: moneyString,
      coPaymentTotal: moneyString,
    }),
    submittedAt: z.string().nullable(),
    deadline: z.string().nullable().meta({ description: 'End of the decision term, Asia/Almaty, once submitted' }),
    overdue: z.boolean(),
    decidedAt: z.string().nullable(),
    refusal: z.object({ reason: z.string(), comment: z.string().nullable() }).nullable(),
    fulfilmentStep: z.enum(['shipped', 'ready_for_pickup']).nullable(),
    returnReason: z.enum(['death', 'departure', 'ipr_ended']).nullable(),
    documents: z.object({
      application: z.uuid().nullable().meta({ description: 'The application for reimbursement the recipient signs' }),
      decision: z.uuid().nullable(),
      contract: z.uuid().nullable(),
      receipt: z.uuid().nullable(),
    }),
    createdAt: z.string(),
  })
  .meta({ id: 'Order' });
export type OrderView = z.infer<typeof orderViewSchema>;

export const timelineEventSchema = z
  .object({
    at: z.string(),
    action: z.string(),
    fromState: z.string().nullable(),
    toState: z.string().nullable(),
    reason: z.string().nullable(),
    actor: z.object({ name: z.string(), role: z.string() }).nullable(),
    onBehalfOfRecipient: z.boolean(),
    document: z.object({ id: z.uuid(), kind: z.string(), version: z.int() }).nullable(),
    signature: z.object({ signerIin: z.string(), signingTime: z.string(), certificateSerial: z.string().nullable(), documentSha256: z.string() }).nullable(),
  })
  .meta({ id: 'OrderTimelineEvent' });

export const orderDetailSchema = orderViewSchema.extend({ timeline: z.array(timelineEventSchema) }).meta({ id: 'OrderDetail' });

export const orderDocumentToSignSchema = z
  .object({
    documentId: z.uuid(),
    kind: z.string(),
    version: z.int(),
    sha256: z.string(),
    status: z.enum(['awaiting_signatures', 'signed', 'superseded']),
    contentUrl: z.string().meta({ description: 'The canonical bytes to sign; post the CMS to /api/v1/documents/{id}/signatures' }),
  })
  .meta({ id: 'OrderDocumentToSign' });

/** The newest version of each kind of document an order has. */
export async function orderDocumentIds(db: Db, orderId: string): Promise<OrderView['documents']> {
  const rows = await db
    .select({ id: documents.id, kind: documents.kind })
    .from(documents)
    .where(and(eq(documents.subjectType, 'order'), eq(documents.subjectId, orderId)))
    .orderBy(desc(documents.version));
  const newest = (kind: string) => rows.find((r) => r.kind === kind)?.id ?? null;
  return {
    application: newest(ORDER_DOCUMENT_KINDS.application),
    decision: newest(ORDER_DOCUMENT_KINDS.decision),
    contract: newest(ORDER_DOCUMENT_KINDS.contract),
    receipt: newest(ORDER_DOCUMENT_KINDS.receipt),
  };
}

export function orderView(order: OrderRow, docs: OrderView['documents']): OrderView {
  return {
    id: order.id,
    number: order.number,
    status: order.status,
    recipientId: order.recipientId,
    providerId: order.providerId,
    catalogItemId: order.catalogItemId,
    code: order.classifierCode,
    category: order.category,
    quantity: order.quantity,
    delivery: order.delivery,
    address: order.deliveryAddress,
    leadTimeDays: order.leadTimeDays,
    period: order.periodFrom ? { from: order.periodFrom, to: order.periodTo } : null,
    money: orderMoney(order.unitPrice, order.guaranteedSum, order.quantity),
    submittedAt: order.submittedAt ? formatInstantAlmaty(order.submittedAt) : null,
    deadline: order.deadlineAt ? formatInstantAlmaty(order.deadlineAt) : null,
    overdue: order.overdueAt !== null,
    decidedAt: order.decidedAt ? formatInstantAlmaty(order.decidedAt) : null,
    refusal: order.refusalReason ? { reason: order.refusalReason, comment: order.refusalComment } : null,
    fulfilmentStep: order.fulfilmentStep,
    returnReason: order.returnReason,
    documents: docs,
    createdAt: formatInstantAlmaty(order.createdAt),
  };
}

export function timelineView(events: TimelineEvent[]) {
  return events.map((e) => ({
    at: formatInstantAlmaty(e.at),
    action: e.action,
    fromState: e.fromState,
    toState: e.toState,
    reason: e.reason,
    actor: e.actor,
    onBehalfOfRecipient: e.onBehalfOfRecipient,
    document: e.document,
    signature: e.signature ? { ...e.signature, signingTime: formatInstantAlmaty(e.signature.signingTime) } : null,
  }));
}

export function documentToSign(document: { id: string; kind: string; version: number; sha256: string; status: 'awaiting_signatures' | 'signed' | 'superseded' }) {
  return { documentId: document.id, kind: document.kind, version: document.version, sha256: document.sha256, status: document.status, contentUrl: `/api/v1/documents/${document.id}/content` };
}
