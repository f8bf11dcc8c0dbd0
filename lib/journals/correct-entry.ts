import { and, eq, isNull } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { journalEntries, orders, type JournalEntryRow } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import { assertPermission, type Actor } from '@/lib/auth/actor';
import { formatDateDotted } from '@/lib/calendar/local-date';
import { AppError } from '@/lib/errors';
import { notifyOrderEvent } from '@/lib/orders/order-notices';
import { assertMayWrite, checkEntryDay, journalServiceOf, refuseOverlap, type EntryTime } from './entry-checks';
import { frozenOn, lockOrderForJournal } from './freeze';
import { refuse } from './refuse';
import type { JournalService } from './rules';
import type { JournalEntryPatch } from './schemas';
import { addToTotals, lockTotals, removeFromTotals } from './totals';

/** What the audit log keeps of an entry, before and after a change. */
function auditedFields(entry: JournalEntryRow) {
  return { date: entry.serviceDate, minutes: entry.minutes, start: entry.startMinute, end: entry.endMinute, places: entry.places, mode: entry.mode };
}

/**
 * Opens an entry for a change: the order held FOR SHARE (an act cannot be formed meanwhile), the
 * entry FOR UPDATE. Only its provider's administrator, or the worker who made it, may change it;
 * an entry in a period an act froze never changes.
 */
async function openForChange(tx: Tx, actor: Actor, entryId: string) {
  const [found] = await tx.select({ orderId: journalEntries.orderId }).from(journalEntries).where(eq(journalEntries.id, entryId));
  const opened = found ? await lockOrderForJournal(tx, found.orderId, actor.userId) : null;
  const [entry] = opened ? await tx.select().from(journalEntries).where(and(eq(journalEntries.id, entryId), isNull(journalEntries.deletedAt))).for('update') : [];
  if (!opened || !entry || actor.providerId !== entry.providerId) throw new AppError('not_found', { detailKey: 'errors.not_found.journal_entry' });
  const service = journalServiceOf(opened.order) as JournalService;
  assertMayWrite(actor, opened, service);
  if (actor.role !== 'provider_admin' && entry.workerUserId !== actor.userId) throw new AppError('forbidden', { detailKey: 'errors.journal.not_your_entry' });
  if (frozenOn(opened.frozen, entry.serviceDate)) refuse('frozen', 'date', { date: entry.serviceDate });
  return { opened, order: opened.order, entry, service };
}

/**
 * Corrects an entry that no act has frozen. Its old minutes leave the counters and its new ones
 * enter them within the caps, in one transaction; the audit log keeps who changed what. A
 * correction settles an open dispute about the entry ("corrected"): the recipient may dispute again.
 */
export async function correctJournalEntry(db: Db, actor: Actor, entryId: string, patch: JournalEntryPatch, at: Date) {
  assertPermission(actor, 'journal.record');
  return db.transaction(async (tx) => {
    const { opened, order, entry, service } = await openForChange(tx, actor, entryId);
    const newTime = patch.minutes !== undefined || patch.start !== undefined;
    const time: EntryTime = {
      date: patch.date ?? entry.serviceDate,
      minutes: patch.start !== undefined ? patch.end! - patch.start : (patch.minutes ?? entry.minutes),
      start: newTime ? (patch.start ?? null) : entry.startMinute,
      end: newTime ? (patch.end ?? null) : entry.endMinute,
      mode: patch.mode ?? entry.mode,
    };
    const granted = await checkEntryDay(tx, opened, service, time, at);
    const before = { recipientId: entry.recipientId, service, date: entry.serviceDate };
    const after = { ...before, date: time.date };
    await lockTotals(tx, [before, after]);
    await removeFromTotals(tx, before, entry.minutes);
    await addToTotals(tx, after, time.minutes, granted);

    const disputeSettled = entry.disputeStatus === 'open';
    const [corrected] = await tx
      .update(journalEntries)
      .set({
        serviceDate: time.date,
        minutes: time.minutes,
        startMinute: time.start,
        endMinute: time.end,
        places: service === 'assistant' ? (patch.places !== undefined ? patch.places || null : entry.places) : null,
        mode: service === 'sign_language' ? time.mode : null,
        updatedBy: actor.userId,
        updatedAt: at,
        ...(disputeSettled ? { disputeStatus: 'corrected' as const, disputeResolvedBy: actor.userId, disputeResolvedAt: at } : {}),
      })
      .where(eq(journalEntries.id, entry.id))
      .returning()
      .catch((error: unknown) => {
        refuseOverlap(error, time.date);
        throw error;
      });
    await writeAudit(tx, {
      actor: { userId: actor.userId, role: actor.role },
      action: 'journal.correct',
      entityType: 'journal_entry',
      entityId: entry.id,
      data: { orderId: order.id, before: auditedFields(entry), after: auditedFields(corrected!), disputeSettled },
    });
    if (disputeSettled) await tellRecipientSettled(tx, order.id, entry, at);
    return corrected!;
  });
}

/** Deletes an entry no act has froze: it stays as evidence, marked deleted, and leaves every total. */
export async function deleteJournalEntry(db: Db, actor: Actor, entryId: string, at: Date) {
  assertPermission(actor, 'journal.record');
  return db.transaction(async (tx) => {
    const { order, entry, service } = await openForChange(tx, actor, entryId);
    const key = { recipientId: entry.recipientId, service, date: entry.serviceDate };
    await lockTotals(tx, [key]);
    await removeFromTotals(tx, key, entry.minutes);
    const disputeSettled = entry.disputeStatus === 'open';
    const [deleted] = await tx
      .update(journalEntries)
      .set({ deletedBy: actor.userId, deletedAt: at, ...(disputeSettled ? { disputeStatus: 'corrected' as const, disputeResolvedBy: actor.userId, disputeResolvedAt: at } : {}) })
      .where(eq(journalEntries.id, entry.id))
      .returning();
    await writeAudit(tx, {
      actor: { userId: actor.userId, role: actor.role },
      action: 'journal.delete',
      entityType: 'journal_entry',
      entityId: entry.id,
      data: { orderId: order.id, before: auditedFields(entry), disputeSettled },
    });
    if (disputeSettled) await tellRecipientSettled(tx, order.id, entry, at);
    return deleted!;
  });
}

/** The recipient hears in the cabinet that the entry they disputed was corrected or deleted. */
async function tellRecipientSettled(tx: Tx, orderId: string, entry: JournalEntryRow, at: Date) {
  const [order] = await tx.select().from(orders).where(eq(orders.id, orderId));
  return notifyOrderEvent(tx, order!, 'journal_dispute_settled', ['recipient'], at, { date: formatDateDotted(entry.serviceDate) }, { eventKey: `${entry.id}:settled:${at.getTime()}`, channels: ['cabinet'] });
}
