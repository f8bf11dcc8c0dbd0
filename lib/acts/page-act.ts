import 'server-only';
import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { acts, documents, orders, providers, recipients, signatures, users, type ActRow, type ActService, type ActStatus, type DocumentRow } from '@/db/schema';
import { assertPermission, type Actor } from '@/lib/auth/actor';
import { ordersVisibleTo } from '@/lib/orders/access';
import type { SheetRow } from './act-content';
import { ACT_DOCUMENT_KIND } from './act-content';
import { recipientSideSignerOf } from './signature-effects';

/**
 * Page data for the provider's and the recipient's act screens and for an act's document page.
 * Reads only. Functions given an act expect the caller to have found it through findActForActor
 * (or the document through findDocumentForActor), which carries the actor's visibility; the lists
 * carry it in their own WHERE.
 */

/** The names an act's pages show beside it. */
export async function actPageFacts(db: Db, act: Pick<ActRow, 'orderId' | 'providerId' | 'recipientId'>) {
  const [row] = await db
    .select({ orderNumber: orders.number, orderStatus: orders.status, providerName: providers.name, recipientName: recipients.fullName })
    .from(orders)
    .innerJoin(providers, eq(providers.id, act.providerId))
    .innerJoin(recipients, eq(recipients.id, act.recipientId))
    .where(eq(orders.id, act.orderId));
  return row ?? { orderNumber: '', orderStatus: null, providerName: '', recipientName: '' };
}

export type ActSignerKind = 'head' | 'worker' | 'recipient' | 'representative';

export interface ActSignerState {
  userId: string;
  name: string;
  kind: ActSignerKind;
  side: 'provider' | 'recipient';
  signedAt: Date | null;
}

/**
 * Who must sign the act's document and who has, in the order they sign: the provider's head and
 * the workers who served, then the recipient's side (unless the recipient has died); with the
 * act's content as it is signed (its sheet).
 */
export async function actSigningState(db: Db, act: Pick<ActRow, 'documentId' | 'recipientDeceased'>) {
  if (!act.documentId) return null;
  const [document] = await db.select().from(documents).where(eq(documents.id, act.documentId));
  if (!document) return null;
  const ids = document.requiredSigners.map((s) => s.userId);
  const [people, signed] = await Promise.all([
    ids.length ? db.select({ id: users.id, name: users.fullName, role: users.role }).from(users).where(inArray(users.id, ids)) : Promise.resolve([]),
    db.select({ userId: signatures.signerUserId, at: signatures.signingTime }).from(signatures).where(eq(signatures.documentId, document.id)),
  ]);
  const person = new Map(people.map((p) => [p.id, p]));
  const signedAt = new Map(signed.map((s) => [s.userId, s.at]));
  const recipientSide = recipientSideSignerOf(document, act.recipientDeceased);
  const signers: ActSignerState[] = document.requiredSigners.map((s) => {
    const p = person.get(s.userId);
    const kind: ActSignerKind = p?.role === 'provider_worker' ? 'worker' : p?.role === 'recipient' ? 'recipient' : p?.role === 'representative' ? 'representative' : 'head';
    return { userId: s.userId, name: p?.name ?? '', kind, side: s.userId === recipientSide ? 'recipient' : 'provider', signedAt: signedAt.get(s.userId) ?? null };
  });
  return { document: { id: document.id, status: document.status, version: document.version }, signers, recipientSide, content: actDocumentContent(document) };
}

export type ActSigningState = NonNullable<Awaited<ReturnType<typeof actSigningState>>>;

/** The version an act replaced and the one that replaced it, if any. */
export async function actVersions(db: Db, act: Pick<ActRow, 'id' | 'previousActId'>) {
  const [previous, next] = await Promise.all([
    act.previousActId ? db.select({ id: acts.id, number: acts.number, status: acts.status }).from(acts).where(eq(acts.id, act.previousActId)).then((r) => r[0] ?? null) : Promise.resolve(null),
    db.select({ id: acts.id, number: acts.number, status: acts.status }).from(acts).where(eq(acts.previousActId, act.id)).orderBy(desc(acts.version)).limit(1).then((r) => r[0] ?? null),
  ]);
  return { previous, next };
}

type Localized = { kk?: string; ru?: string; en?: string };

/** The act as its signers agree to it: the content made by actContent (lib/acts/act-content.ts). */
export interface ActDocumentContent {
  number: string;
  version: number;
  order: { number: string; serviceName: string };
  period: { month: string; from: string; to: string };
  provider: { name: string; bin: string | null; iin: string | null; legalAddress?: string; iban?: string; bik?: string; bankName?: string };
  recipient: { fullName: string; iin: string; deceased: boolean };
  lines: { service: ActService; dateFrom: string; dateTo: string; minutes: number; quantity?: number | null; hours: string | null; unitPrice: string; guaranteedSum: string | null; reimbursedUnitPrice: string; cost: string; reimbursed: string }[];
  totals: { minutes: number; hours: string | null; total: string; reimbursed: string; coPayment: string };
  statement: Localized;
  /** Service acts: the sheet of App. 9 or 10. Goods acts have none. */
  sheet: { kind: 'accompaniment' | 'sign_language'; rows: SheetRow[] } | null;
  /** Goods acts of acceptance: what was received (goodsActContent). */
  goods?: GoodsFacts;
}

export interface GoodsFacts {
  code: string;
  name: string;
  model: string | null;
  classifierName: string;
  unit: 'piece' | 'hour' | 'day';
  quantity: number;
  receivedOn: string;
  delivery: 'delivery' | 'pickup' | null;
  deliveryAddress: string | null;
}

/** The act content of an act's document, read from its signed bytes; null for any other document. */
export function actDocumentContent(document: Pick<DocumentRow, 'kind' | 'canonical'>): ActDocumentContent | null {
  if (document.kind !== ACT_DOCUMENT_KIND) return null;
  const parsed = JSON.parse(new TextDecoder().decode(document.canonical)) as { content?: Partial<ActDocumentContent> };
  const content = parsed.content;
  if (!content?.lines || !content.totals || !(content.sheet || content.goods) || !content.period || !content.provider || !content.recipient) return null;
  return content as ActDocumentContent;
}

/**
 * The act a document belongs to (the act's own document, or another made about it such as the
 * office's approval); the caller found the document through findDocumentForActor.
 */
export async function actOfDocument(db: Db, document: Pick<DocumentRow, 'subjectType' | 'subjectId'>) {
  if (document.subjectType !== 'act' || !/^[0-9a-f-]{36}$/i.test(document.subjectId)) return null;
  const [act] = await db
    .select({ id: acts.id, number: acts.number, status: acts.status, recipientDeceased: acts.recipientDeceased, documentId: acts.documentId })
    .from(acts)
    .where(eq(acts.id, document.subjectId));
  return act ?? null;
}

export interface ActToSign {
  id: string;
  number: string;
  status: ActStatus;
  service: ActService;
  period: string;
  minutes: number;
  quantity: number | null;
  total: string;
  reimbursed: string;
  coPayment: string;
  providerName: string;
  recipientId: string;
  recipientName: string;
  documentId: string;
}

/**
 * The acts whose signature is now the actor's on the recipient's side: the provider's side has
 * signed (signed_by_provider), the actor is the act document's required signer and has not
 * signed yet. Through the actor's orders (ordersVisibleTo), newest first.
 */
export async function actsAwaitingRecipientSignature(db: Db, actor: Actor): Promise<ActToSign[]> {
  assertPermission(actor, 'acts.read');
  return db
    .select({
      id: acts.id,
      number: acts.number,
      status: acts.status,
      service: acts.service,
      period: acts.period,
      minutes: acts.minutes,
      quantity: acts.quantity,
      total: acts.total,
      reimbursed: acts.reimbursed,
      coPayment: acts.coPayment,
      providerName: providers.name,
      recipientId: acts.recipientId,
      recipientName: recipients.fullName,
      documentId: documents.id,
    })
    .from(acts)
    .innerJoin(orders, eq(orders.id, acts.orderId))
    .innerJoin(documents, eq(documents.id, acts.documentId))
    .innerJoin(providers, eq(providers.id, acts.providerId))
    .innerJoin(recipients, eq(recipients.id, acts.recipientId))
    .leftJoin(signatures, and(eq(signatures.documentId, documents.id), eq(signatures.signerUserId, actor.userId)))
    .where(
      and(
        ordersVisibleTo(actor),
        eq(acts.status, 'signed_by_provider'),
        eq(acts.recipientDeceased, false),
        eq(documents.status, 'awaiting_signatures'),
        sql`${documents.requiredSigners} @> ${JSON.stringify([{ userId: actor.userId }])}::jsonb`,
        isNull(signatures.id),
      ),
    )
    .orderBy(desc(acts.statusChangedAt), desc(acts.id))
    .limit(100);
}
