import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { preparedStatement } from '@/db/prepared';
import { journalEntries, type JournalEntryRow } from '@/db/schema';
import { queueAuditSql, queuedAuditParams } from '@/lib/audit';
import { assertPermission, type Actor } from '@/lib/auth/actor';
import { AppError } from '@/lib/errors';
import { assertMayWrite, checkEntryDay, journalServiceOf, refuseOverlap, type EntryTime } from './entry-checks';
import { lockOrderForJournal } from './freeze';
import { refuse } from './refuse';
import { entryMinutes, type JournalService } from './rules';
import type { JournalEntryInput } from './schemas';
import { raiseCounterSql, refuseOverCap } from './totals';

/**
 * The one statement that writes an entry: the counter raised within the cap, then (only if it
 * was) the entry and its audit record. Every entry pays for each round trip to the database, so
 * they are one; it is built once per service, its values placeholders (named as the entry's
 * fields, the cap and the audit's).
 */
const recordStatement = (service: JournalService) => {
  const p = (name: keyof JournalEntryRow | 'granted') => sql.placeholder(name);
  return preparedStatement<{ recorded: number }>(
    `record_journal_entry_${service}`,
    sql`with raised as (${raiseCounterSql(service, { recipientId: p('recipientId'), date: p('serviceDate'), minutes: p('minutes'), granted: p('granted') })}),
    recorded as (insert into ${journalEntries} (id, order_id, recipient_id, provider_id, worker_user_id, service, service_date, start_minute, end_minute, minutes, places, mode, created_by, created_at)
      select ${p('id')}::uuid, ${p('orderId')}::uuid, ${p('recipientId')}::uuid, ${p('providerId')}::uuid, ${p('workerUserId')}::uuid, ${p('service')}::text, ${p('serviceDate')}::date,
        ${p('startMinute')}::int, ${p('endMinute')}::int, ${p('minutes')}::int, ${p('places')}::text, ${p('mode')}::text, ${p('createdBy')}::uuid, ${p('createdAt')}::timestamptz
      where exists (select 1 from raised) returning id),
    audited as (${queueAuditSql(sql`exists (select 1 from recorded)`)})
    select (select count(*) from recorded)::int as "recorded"`,
  );
};
const recordStatements = { assistant: recordStatement('assistant'), sign_language: recordStatement('sign_language') };

/**
 * Records time served under an accepted service order. Every limit is checked in one
 * transaction (see checkEntryDay), then the caps across all providers: 8 hours a day for the
 * assistant, 60 hours a year for sign language, as counter rows (totals.ts), so concurrent entries
 * for the same recipient and day (or year) wait on that row; overlapping assistant times are
 * refused by the database's exclusion constraint (migration 0022).
 */
export async function recordJournalEntry(db: Db, actor: Actor, input: JournalEntryInput, at: Date) {
  assertPermission(actor, 'journal.record');
  return db.transaction((tx) => recordEntryInTx(tx, actor, input, at));
}

/** The same, inside a caller's transaction (a month's grid records its days together). */
export async function recordEntryInTx(tx: Tx, actor: Actor, input: JournalEntryInput, at: Date): Promise<JournalEntryRow> {
  const opened = await lockOrderForJournal(tx, input.orderId, actor.userId, input.date);
  if (!opened) throw new AppError('not_found', { detailKey: 'errors.not_found.order' });
  const { order } = opened;
  const service = journalServiceOf(order);
  if (!service) refuse('not_a_service', 'orderId');
  assertMayWrite(actor, opened, service);
  const time: EntryTime = { date: input.date, minutes: entryMinutes(input), start: input.start ?? null, end: input.end ?? null, mode: input.mode ?? null };
  const granted = await checkEntryDay(tx, opened, service, time, at);
  const counter = { recipientId: order.recipientId, service, date: time.date };
  if (time.minutes > granted) await refuseOverCap(tx, counter, granted);

  const entry: JournalEntryRow = {
    id: randomUUID(),
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
    ...unchanged,
  };
  const audit = queuedAuditParams({
    actor: { userId: actor.userId, role: actor.role },
    action: 'journal.record',
    entityType: 'journal_entry',
    entityId: entry.id,
    data: { orderId: order.id, service, date: time.date, minutes: time.minutes, start: time.start, end: time.end, places: entry.places, mode: entry.mode },
  });
  let recorded: number;
  try {
    const [row] = await recordStatements[service](tx, { ...entry, createdAt: at.toISOString(), granted, ...audit });
    recorded = row?.recorded ?? 0;
  } catch (error) {
    refuseOverlap(error, time.date);
    throw error;
  }
  if (recorded === 0) await refuseOverCap(tx, counter, granted);
  return entry;
}

/** What a new entry has not had yet: corrections, deletion, disputes. */
const unchanged = {
  updatedBy: null,
  updatedAt: null,
  deletedBy: null,
  deletedAt: null,
  disputeStatus: null,
  disputeReason: null,
  disputedBy: null,
  disputedAt: null,
  disputeResolvedBy: null,
  disputeResolvedAt: null,
} as const;
