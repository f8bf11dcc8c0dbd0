import type { Db, Tx } from '@/db/client';
import { journalEntries } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import { assertPermission, type Actor } from '@/lib/auth/actor';
import { AppError } from '@/lib/errors';
import { assertMayWrite, checkEntryDay, checkNoOverlap, journalServiceOf, type EntryTime } from './entry-checks';
import { lockOrderForJournal } from './freeze';
import { refuse } from './refuse';
import { entryMinutes } from './rules';
import type { JournalEntryInput } from './schemas';
import { addToTotals } from './totals';

/**
 * Records time served under an accepted service order. Every limit is checked in one
 * transaction (see checkEntryDay), then the caps across all providers: 8 hours a day for the
 * assistant (no overlapping times either), 60 hours a year for sign language, as counter rows
 * (totals.ts), so concurrent entries for the same recipient and day (or year) wait on that row.
 */
export async function recordJournalEntry(db: Db, actor: Actor, input: JournalEntryInput, at: Date) {
  assertPermission(actor, 'journal.record');
  return db.transaction((tx) => recordEntryInTx(tx, actor, input, at));
}

/** The same, inside a caller's transaction (a month's grid records its days together). */
export async function recordEntryInTx(tx: Tx, actor: Actor, input: JournalEntryInput, at: Date) {
  const opened = await lockOrderForJournal(tx, input.orderId, actor.userId);
  if (!opened) throw new AppError('not_found', { detailKey: 'errors.not_found.order' });
  const { order } = opened;
  const service = journalServiceOf(order);
  if (!service) refuse('not_a_service', 'orderId');
  assertMayWrite(actor, opened, service);
  const time: EntryTime = { date: input.date, minutes: entryMinutes(input), start: input.start ?? null, end: input.end ?? null, mode: input.mode ?? null };
  const granted = await checkEntryDay(tx, opened, service, time, at);
  await addToTotals(tx, { recipientId: order.recipientId, service, date: time.date }, time.minutes, granted);
  // The day's counter row is locked now: overlapping times are checked against everything committed.
  if (service === 'assistant') await checkNoOverlap(tx, order.recipientId, time);

  const [entry] = await tx
    .insert(journalEntries)
    .values({
      orderId: order.id,
      recipientId: order.recipientId,
      providerId: order.providerId,
      workerUserId: actor.userId,
      service,
      serviceDate: time.date,
      startMinute: time.start,
      endMinute: time.end,
      minutes: time.minutes,
      places: service === 'assistant' ? (input.places ?? null) : null,
      mode: service === 'sign_language' ? time.mode : null,
      createdBy: actor.userId,
      createdAt: at,
    })
    .returning();
  await writeAudit(tx, {
    actor: { userId: actor.userId, role: actor.role },
    action: 'journal.record',
    entityType: 'journal_entry',
    entityId: entry!.id,
    data: { orderId: order.id, service, date: time.date, minutes: time.minutes, start: time.start, end: time.end, places: entry!.places, mode: entry!.mode },
  });
  return entry!;
}
