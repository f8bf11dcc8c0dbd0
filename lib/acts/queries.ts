import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { actLines, acts, auditLog, ledgerEntries, ledgerTransactions, orders, users, type ActLineRow, type ActRow } from '@/db/schema';
import { assertPermission, type Actor } from '@/lib/auth/actor';
import { ordersVisibleTo } from '@/lib/orders/access';
import type { ActResponse } from './schemas';

/** An act, if the actor may see its order (an id in a URL proves nothing). */
export async function findActForActor(db: Db, actor: Actor, actId: string): Promise<ActRow | null> {
  assertPermission(actor, 'acts.read');
  const [row] = await db
    .select({ act: acts })
    .from(acts)
    .innerJoin(orders, eq(orders.id, acts.orderId))
    .where(and(eq(acts.id, actId), ordersVisibleTo(actor)));
  return row?.act ?? null;
}

/** What the ledger posted for an act: its approval, payment and any reversal, each as the amount that reached the provider. */
export async function actLedgerPostings(db: Db, act: Pick<ActRow, 'id' | 'providerId'>): Promise<ActResponse['ledger']> {
  const posted = await db
    .select({ transactionId: ledgerTransactions.id, kind: ledgerTransactions.kind, createdAt: ledgerTransactions.createdAt })
    .from(ledgerTransactions)
    .where(and(eq(ledgerTransactions.sourceType, 'act'), eq(ledgerTransactions.sourceId, act.id)))
    .orderBy(asc(ledgerTransactions.createdAt));
  const reversals = posted.length
    ? await db.select({ transactionId: ledgerTransactions.id, kind: ledgerTransactions.kind, createdAt: ledgerTransactions.createdAt }).from(ledgerTransactions).where(inArray(ledgerTransactions.reversesTransactionId, posted.map((p) => p.transactionId)))
    : [];
  const all = [...posted, ...reversals].filter((t) => t.kind !== 'allocation').sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const amounts = all.length
    ? await db.select({ transactionId: ledgerEntries.transactionId, amount: ledgerEntries.amount }).from(ledgerEntries).where(inArray(ledgerEntries.transactionId, all.map((t) => t.transactionId)))
    : [];
  // Every act transaction has one positive entry (payable or paid side, or the budget side of a reversal): its size is the amount.
  return all.map((t) => ({
    transactionId: t.transactionId,
    kind: t.kind as 'approval' | 'payment' | 'reversal',
    amount: amounts.find((a) => a.transactionId === t.transactionId && !a.amount.startsWith('-'))?.amount ?? '0.00',
  }));
}

/**
 * How a returned act came back: refused by the recipient's side (with the reason they wrote) or
 * returned by the office (its reasons and comment are on the act itself). From the audit log.
 */
export async function actReturnEvent(db: Db, act: Pick<ActRow, 'id' | 'status'>): Promise<{ by: 'recipient' | 'office'; reason: string | null; at: Date; actorName: string | null } | null> {
  if (act.status !== 'returned') return null;
  const [row] = await db
    .select({ action: auditLog.action, reason: auditLog.reason, at: auditLog.at, actorName: users.fullName })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorUserId))
    .where(and(eq(auditLog.entityType, 'act'), eq(auditLog.entityId, act.id), eq(auditLog.toState, 'returned')))
    .orderBy(desc(auditLog.seq))
    .limit(1);
  if (!row) return null;
  return { by: row.action === 'act.refuse_signature' ? 'recipient' : 'office', reason: row.reason, at: row.at, actorName: row.actorName };
}

export function actView(act: ActRow, lines: ActLineRow[], ledger: ActResponse['ledger'], returned: Awaited<ReturnType<typeof actReturnEvent>> = null): ActResponse {
  return {
    id: act.id,
    number: act.number,
    orderId: act.orderId,
    period: act.period,
    periodFrom: act.periodFrom,
    periodTo: act.periodTo,
    version: act.version,
    service: act.service,
    status: act.status,
    minutes: act.minutes,
    quantity: act.quantity,
    unitPrice: act.unitPrice,
    lines: lines.map(({ actId: _act, lineNo: _no, ...line }) => line),
    total: act.total,
    reimbursed: act.reimbursed,
    coPayment: act.coPayment,
    recipientDeceased: act.recipientDeceased,
    documentId: act.documentId,
    reviewFlags: act.reviewFlags,
    returnReasons: act.returnReasons,
    returnComment: act.returnComment,
    returnedBy: returned?.by ?? null,
    refusalReason: returned?.by === 'recipient' ? returned.reason : null,
    ledger,
  };
}

export async function actLinesOf(db: Db, actId: string): Promise<ActLineRow[]> {
  return db.select().from(actLines).where(eq(actLines.actId, actId)).orderBy(asc(actLines.lineNo));
}

/** The act as the API answers it: with its lines and what the ledger posted for it. */
export async function actResponseOf(db: Db, act: ActRow): Promise<ActResponse> {
  return actView(act, await actLinesOf(db, act.id), await actLedgerPostings(db, act), await actReturnEvent(db, act));
}
