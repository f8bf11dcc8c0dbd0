import { and, eq, gte, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { acts, journalEntries, orders } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import { assertPermission, type Actor } from '@/lib/auth/actor';
import { formatDateDotted } from '@/lib/calendar/local-date';
import { AppError } from '@/lib/errors';
import { actsForRecipient, ordersVisibleTo } from '@/lib/orders/access';
import { notifyOrderEvent } from '@/lib/orders/order-notices';
import { refuse } from './refuse';

/** Once an act of the day is approved (or paid), the office has ruled on it: a dispute goes to the office, not the journal. */
const SETTLED_ACT_STATUSES = ['approved', 'paid'] as const;

/** The recipient's side opens an entry about them: the recipient or a representative, through an order they may see. */
async function openAsRecipientSide(tx: Tx, actor: Actor, entryId: string) {
  if (!actsForRecipient(actor)) throw new AppError('forbidden');
  const [row] = await tx
    .select({ entry: journalEntries, order: orders })
    .from(journalEntries)
    .innerJoin(orders, eq(orders.id, journalEntries.orderId))
    .where(and(eq(journalEntries.id, entryId), isNull(journalEntries.deletedAt), ordersVisibleTo(actor)))
    .for('update', { of: journalEntries });
  if (!row) throw new AppError('not_found', { detailKey: 'errors.not_found.journal_entry' });
  return row;
}

/**
 * The recipient (or their representative) disputes an entry made about them, saying why. While the
 * dispute is open the entry cannot go into an act; the provider is told, and settles it by
 * correcting or deleting the entry, or the recipient withdraws it.
 */
export async function disputeJournalEntry(db: Db, actor: Actor, entryId: string, reason: string, at: Date) {
  assertPermission(actor, 'journal.dispute');
  return db.transaction(async (tx) => {
    const { entry, order } = await openAsRecipientSide(tx, actor, entryId);
    if (entry.disputeStatus === 'open') throw new AppError('conflict', { detailKey: 'errors.journal.already_disputed' });
    const [settled] = await tx
      .select({ id: acts.id })
      .from(acts)
      .where(and(eq(acts.orderId, order.id), inArray(acts.status, SETTLED_ACT_STATUSES), lte(acts.periodFrom, entry.serviceDate), gte(acts.periodTo, entry.serviceDate)))
      .limit(1);
    if (settled) refuse('act_approved', 'reason', { date: entry.serviceDate });
    const [disputed] = await tx
      .update(journalEntries)
      .set({ disputeStatus: 'open', disputeReason: reason, disputedBy: actor.userId, disputedAt: at, disputeResolvedBy: null, disputeResolvedAt: null })
      .where(eq(journalEntries.id, entry.id))
      .returning();
    await writeAudit(tx, {
      actor: { userId: actor.userId, role: actor.role },
      onBehalfOfRecipientId: actor.role === 'representative' ? order.recipientId : null,
      action: 'journal.dispute',
      entityType: 'journal_entry',
      entityId: entry.id,
      data: { orderId: order.id, date: entry.serviceDate, minutes: entry.minutes, reason },
    });
    await notifyOrderEvent(tx, order, 'journal_disputed', ['provider'], at, { date: formatDateDotted(entry.serviceDate), minutes: entry.minutes }, { eventKey: `${entry.id}:disputed:${at.getTime()}` });
    return disputed!;
  });
}

/** The recipient's side withdraws its dispute: the entry may go into an act again. */
export async function withdrawJournalDispute(db: Db, actor: Actor, entryId: string, at: Date) {
  assertPermission(actor, 'journal.dispute');
  return db.transaction(async (tx) => {
    const { entry, order } = await openAsRecipientSide(tx, actor, entryId);
    if (entry.disputeStatus !== 'open') throw new AppError('conflict', { detailKey: 'errors.journal.not_disputed' });
    const [withdrawn] = await tx
      .update(journalEntries)
      .set({ disputeStatus: 'withdrawn', disputeResolvedBy: actor.userId, disputeResolvedAt: at })
      .where(and(eq(journalEntries.id, entry.id), sql`${journalEntries.disputeStatus} = 'open'`))
      .returning();
    await writeAudit(tx, {
      actor: { userId: actor.userId, role: actor.role },
      onBehalfOfRecipientId: actor.role === 'representative' ? order.recipientId : null,
      action: 'journal.dispute_withdrawn',
      entityType: 'journal_entry',
      entityId: entry.id,
      data: { orderId: order.id, date: entry.serviceDate },
    });
    await notifyOrderEvent(tx, order, 'journal_dispute_settled', ['provider'], at, { date: formatDateDotted(entry.serviceDate) }, { eventKey: `${entry.id}:withdrawn:${at.getTime()}` });
    return withdrawn!;
  });
}

/** Entries of an order's period that cannot go into an act while their dispute is open (issue 8 refuses them). */
export async function openDisputesIn(tx: Tx | Db, orderId: string, from: string, to: string) {
  return tx
    .select({ id: journalEntries.id, date: journalEntries.serviceDate })
    .from(journalEntries)
    .where(and(eq(journalEntries.orderId, orderId), sql`${journalEntries.disputeStatus} = 'open'`, isNull(journalEntries.deletedAt), gte(journalEntries.serviceDate, from), lte(journalEntries.serviceDate, to)));
}
