import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { actLines, acts, ledgerEntries, ledgerTransactions, orders, type ActLineRow, type ActRow } from '@/db/schema';
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

export function actView(act: ActRow, lines: ActLineRow[], ledger: ActResponse['ledger']): ActResponse {
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
    ledger,
  };
}

export async function actLinesOf(db: Db, actId: string): Promise<ActLineRow[]> {
  return db.select().from(actLines).where(eq(actLines.actId, actId)).orderBy(asc(actLines.lineNo));
}

/** The act as the API answers it: with its lines and what the ledger posted for it. */
export async function actResponseOf(db: Db, act: ActRow): Promise<ActResponse> {
  return actView(act, await actLinesOf(db, act.id), await actLedgerPostings(db, act));
}
