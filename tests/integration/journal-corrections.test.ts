import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, desc, eq, sql } from 'drizzle-orm';
import { acts, auditLog, journalDayTotals, journalEntries, notifications, type OrderRow } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { recordEntitlementEvents } from '@/lib/entitlements/record-events';
import { findRecipientForBalances, journalBalances } from '@/lib/journals/balances';
import { correctJournalEntry, deleteJournalEntry } from '@/lib/journals/correct-entry';
import { disputeJournalEntry, openDisputesIn, withdrawJournalDispute } from '@/lib/journals/disputes';
import { listJournalEntries, listJournalOrders } from '@/lib/journals/queries';
import { findTotalsMismatches, reconcileJournalTotals } from '@/lib/journals/reconcile-totals';
import { recordJournalEntry } from '@/lib/journals/record-entry';
import { recordJournalMonth } from '@/lib/journals/record-month';
import { journalEntryInputSchema, journalEntryPatchSchema, journalMonthInputSchema } from '@/lib/journals/schemas';
import { verifyAuditChain } from '@/lib/audit';
import { AppError } from '@/lib/errors';
import { seededTestDatabase } from '../support/database';
import { demoActors } from '../support/actors';
import { journalFixtures } from '../support/journal-orders';
import { failure } from '../support/refusal';

/**
 * The journal beyond its caps (issue 7): corrections and deletions keep history and move minutes
 * within the caps; acts freeze their days; the recipient's disputes; a month's grid recorded
 * together; the IPR's granted hours, a death and a re-issued measure; balances and who sees them;
 * the counters reconciled with the entries.
 */
let database: Awaited<ReturnType<typeof seededTestDatabase>>;
const db = () => database.connection.db;
const at = new Date('2026-11-30T12:00:00Z'); // 17:00 in Almaty, Monday 30 November

let entrepreneur: Actor;
let medtech: Actor;
let assistantWorker: Actor;
let signWorker: Actor;
let astanaOfficer: Actor;
let karagandaOfficer: Actor;
let client: Actor;

beforeAll(async () => {
  database = await seededTestDatabase(at);
  ({ entrepreneur, medtech, assistantWorker, signWorker, astanaOfficer, karagandaOfficer, client } = await demoActors(db(), database.accounts));
}, 180_000);
afterAll(async () => {
  await database?.close();
});

const { newPerson, runningOrder, recipientActor } = journalFixtures(db, () => client, at, '920202');
const entry = (orderId: string, date: string, extra: Record<string, unknown>) => journalEntryInputSchema.parse({ orderId, date, ...extra });
const patch = (fields: Record<string, unknown>) => journalEntryPatchSchema.parse(fields);

async function dayTotal(recipientId: string, date: string) {
  const [row] = await db().select().from(journalDayTotals).where(and(eq(journalDayTotals.recipientId, recipientId), eq(journalDayTotals.serviceDate, date)));
  return row?.minutes ?? 0;
}

async function actCovering(order: OrderRow, periodFrom: string, periodTo: string, status: 'submitted' | 'approved' | 'returned' | 'draft') {
  const [act] = await db()
    .insert(acts)
    .values({
      // Only the period and status matter to the journal; the money is the act forming's (acts.test.ts).
      number: `${order.number}/${periodFrom}/${status}`,
      orderId: order.id,
      recipientId: order.recipientId,
      providerId: order.providerId,
      period: periodFrom.slice(0, 7),
      periodFrom,
      periodTo,
      service: 'assistant',
      minutes: 0,
      unitPrice: order.unitPrice,
      total: '0.00',
      reimbursed: '0.00',
      coPayment: '0.00',
      status,
      createdAt: at,
      statusChangedAt: at,
    })
    .returning();
  return act!;
}

describe('corrections and deletions', () => {
  it('moves minutes between days within the cap, keeps before and after in the audit log, and only for the entry’s worker or the administrator', async () => {
    const { order, person } = await runningOrder('SRV-ASSISTANT', entrepreneur.providerId!);
    const first = await recordJournalEntry(db(), assistantWorker, entry(order.id, '2026-11-20', { start: '09:00', end: '14:00', places: 'Поликлиника' }), at);
    await recordJournalEntry(db(), entrepreneur, entry(order.id, '2026-11-21', { minutes: 400 }), at);
    // Each entry is recorded in the audit log with who wrote it and what, in the chain.
    const [recorded] = await db().select().from(auditLog).where(and(eq(auditLog.entityId, first.id), eq(auditLog.action, 'journal.record')));
    expect(recorded).toMatchObject({ actorUserId: assistantWorker.userId, actorRole: assistantWorker.role, entityType: 'journal_entry', hashVersion: 2 });
    expect(recorded?.data).toEqual({ orderId: order.id, service: 'assistant', date: '2026-11-20', minutes: 300, start: 540, end: 840, places: 'Поликлиника', mode: null });
    expect(await verifyAuditChain(db())).toMatchObject({ ok: true });

    // Moving 300 minutes onto a day with 400 would pass 480: refused, naming the day and what is left; nothing moves.
    const over = await failure(correctJournalEntry(db(), assistantWorker, first.id, patch({ date: '2026-11-21' }), at));
    expect(over).toMatchObject({ code: 'rule_violation', detail: 'errors.journal.day_cap', fields: ['minutes:validation.journal.day_cap'] });
    expect([await dayTotal(person.id, '2026-11-20'), await dayTotal(person.id, '2026-11-21')]).toEqual([300, 400]);

    const moved = await correctJournalEntry(db(), assistantWorker, first.id, patch({ date: '2026-11-21', minutes: 80, places: 'Аптека' }), at);
    expect(moved).toMatchObject({ serviceDate: '2026-11-21', minutes: 80, startMinute: null, endMinute: null, places: 'Аптека', updatedBy: assistantWorker.userId });
    expect([await dayTotal(person.id, '2026-11-20'), await dayTotal(person.id, '2026-11-21')]).toEqual([0, 480]);

    const [audit] = await db().select().from(auditLog).where(and(eq(auditLog.entityId, first.id), eq(auditLog.action, 'journal.correct'))).orderBy(desc(auditLog.seq)).limit(1);
    expect(audit?.actorUserId).toBe(assistantWorker.userId);
    expect(audit?.data).toMatchObject({ before: { date: '2026-11-20', minutes: 300, start: 540, end: 840, places: 'Поликлиника' }, after: { date: '2026-11-21', minutes: 80, start: null, places: 'Аптека' } });

    // The administrator made the other entry: the worker may not change it, the administrator may; another provider finds nothing.
    const [adminEntry] = await db().select().from(journalEntries).where(and(eq(journalEntries.orderId, order.id), eq(journalEntries.createdBy, entrepreneur.userId)));
    expect((await failure(correctJournalEntry(db(), assistantWorker, adminEntry!.id, patch({ minutes: 390 }), at))).detail).toBe('errors.journal.not_your_entry');
    expect((await failure(correctJournalEntry(db(), medtech, adminEntry!.id, patch({ minutes: 390 }), at))).code).toBe('not_found');
    await correctJournalEntry(db(), entrepreneur, adminEntry!.id, patch({ minutes: 390 }), at);
    expect(await dayTotal(person.id, '2026-11-21')).toBe(470);
  });

  it('keeps the cap when corrections move entries onto one day at once, and does not deadlock when two swap days', async () => {
    const { order, person } = await runningOrder('SRV-ASSISTANT', entrepreneur.providerId!);
    const a1 = await recordJournalEntry(db(), assistantWorker, entry(order.id, '2026-11-06', { minutes: 240 }), at);
    const a2 = await recordJournalEntry(db(), assistantWorker, entry(order.id, '2026-11-07', { minutes: 240 }), at);
    await recordJournalEntry(db(), assistantWorker, entry(order.id, '2026-11-08', { minutes: 240 }), at);
    const moves = await Promise.allSettled([a1, a2].map((e) => correctJournalEntry(db(), assistantWorker, e.id, patch({ date: '2026-11-08' }), at)));
    expect(moves.filter((m) => m.status === 'fulfilled')).toHaveLength(1);
    expect(await dayTotal(person.id, '2026-11-08')).toBe(480);

    // Two entries swap days at the same moment: the counter rows are locked in date order, so both succeed.
    const x = await recordJournalEntry(db(), assistantWorker, entry(order.id, '2026-11-04', { minutes: 100 }), at);
    const y = await recordJournalEntry(db(), assistantWorker, entry(order.id, '2026-11-05', { minutes: 200 }), at);
    await Promise.all([correctJournalEntry(db(), assistantWorker, x.id, patch({ date: '2026-11-05' }), at), correctJournalEntry(db(), assistantWorker, y.id, patch({ date: '2026-11-04' }), at)]);
    expect([await dayTotal(person.id, '2026-11-04'), await dayTotal(person.id, '2026-11-05')]).toEqual([200, 100]);
  });

  it('refuses a correction that overlaps another entry’s times, or that goes into the future', async () => {
    const { order } = await runningOrder('SRV-ASSISTANT', entrepreneur.providerId!);
    await recordJournalEntry(db(), assistantWorker, entry(order.id, '2026-11-19', { start: '09:00', end: '11:00' }), at);
    const later = await recordJournalEntry(db(), assistantWorker, entry(order.id, '2026-11-19', { start: '12:00', end: '13:00' }), at);
    expect((await failure(correctJournalEntry(db(), assistantWorker, later.id, patch({ start: '10:30', end: '12:30' }), at))).detail).toBe('errors.journal.overlap');
    expect((await failure(correctJournalEntry(db(), assistantWorker, later.id, patch({ date: '2026-12-02' }), at))).detail).toBe('errors.journal.future');
    // Its own old range does not count against it.
    const widened = await correctJournalEntry(db(), assistantWorker, later.id, patch({ start: '11:00', end: '13:30' }), at);
    expect(widened.minutes).toBe(150);
  });

  it('deletes an entry out of every total and list, keeping it marked as evidence', async () => {
    const { order, person } = await runningOrder('SRV-ASSISTANT', entrepreneur.providerId!);
    const made = await recordJournalEntry(db(), assistantWorker, entry(order.id, '2026-11-18', { minutes: 240 }), at);
    const deleted = await deleteJournalEntry(db(), assistantWorker, made.id, at);
    expect(deleted.deletedAt).not.toBeNull();
    expect(await dayTotal(person.id, '2026-11-18')).toBe(0);
    expect(await listJournalEntries(db(), entrepreneur, { orderId: order.id, month: '2026-11' })).toEqual([]);
    expect((await failure(deleteJournalEntry(db(), assistantWorker, made.id, at))).code).toBe('not_found');
    const [audit] = await db().select().from(auditLog).where(and(eq(auditLog.entityId, made.id), eq(auditLog.action, 'journal.delete')));
    expect(audit?.data).toMatchObject({ before: { date: '2026-11-18', minutes: 240 } });
    // The day's full 8 hours are free again.
    await recordJournalEntry(db(), assistantWorker, entry(order.id, '2026-11-18', { minutes: 480 }), at);
  });
});

describe('acts freeze their days', () => {
  it('refuses new entries, corrections and deletions on days a live act covers, and frees them when the act is returned', async () => {
    const { order, person } = await runningOrder('SRV-ASSISTANT', entrepreneur.providerId!);
    const inside = await recordJournalEntry(db(), assistantWorker, entry(order.id, '2026-11-10', { minutes: 120 }), at);
    const act = await actCovering(order, '2026-11-01', '2026-11-15', 'submitted');
    expect((await failure(recordJournalEntry(db(), assistantWorker, entry(order.id, '2026-11-11', { minutes: 60 }), at))).detail).toBe('errors.journal.frozen');
    expect((await failure(correctJournalEntry(db(), assistantWorker, inside.id, patch({ minutes: 100 }), at))).detail).toBe('errors.journal.frozen');
    expect((await failure(deleteJournalEntry(db(), assistantWorker, inside.id, at))).detail).toBe('errors.journal.frozen');
    // Nor can an entry be moved into the frozen days; the day after the act is open.
    const after = await recordJournalEntry(db(), assistantWorker, entry(order.id, '2026-11-16', { minutes: 60 }), at);
    expect((await failure(correctJournalEntry(db(), assistantWorker, after.id, patch({ date: '2026-11-12' }), at))).detail).toBe('errors.journal.frozen');
    const listed = await listJournalEntries(db(), entrepreneur, { orderId: order.id, month: '2026-11' });
    expect(listed.map((r) => [r.entry.serviceDate, r.frozen])).toEqual([
      ['2026-11-10', true],
      ['2026-11-16', false],
    ]);
    // Another order of the same recipient is not frozen by this order's act.
    const other = await runningOrder('SRV-SIGN-LANGUAGE', entrepreneur.providerId!, person);
    await recordJournalEntry(db(), signWorker, entry(other.order.id, '2026-11-11', { minutes: 60, mode: 'online' }), at);

    await db().update(acts).set({ status: 'returned' }).where(eq(acts.id, act.id));
    await correctJournalEntry(db(), assistantWorker, inside.id, patch({ minutes: 100 }), at);
  });
});

describe('disputes', () => {
  it('lets the recipient flag an entry, tells the provider, keeps it out of acts until the recipient withdraws or the provider corrects it', async () => {
    const { order, person } = await runningOrder('SRV-ASSISTANT', entrepreneur.providerId!);
    const made = await recordJournalEntry(db(), assistantWorker, entry(order.id, '2026-11-17', { start: '10:00', end: '14:00' }), at);
    const recipient = await recipientActor(person);
    const stranger = await recipientActor(await newPerson());

    expect((await failure(disputeJournalEntry(db(), stranger, made.id, 'Меня не обслуживали', at))).code).toBe('not_found');
    expect((await failure(disputeJournalEntry(db(), entrepreneur, made.id, 'Провайдер не может', at))).code).toBe('forbidden');
    const disputed = await disputeJournalEntry(db(), recipient, made.id, 'Помощник пришёл в 11:00', at);
    expect(disputed).toMatchObject({ disputeStatus: 'open', disputeReason: 'Помощник пришёл в 11:00', disputedBy: recipient.userId });
    expect((await failure(disputeJournalEntry(db(), recipient, made.id, 'Ещё раз', at))).detail).toBe('errors.journal.already_disputed');
    expect((await openDisputesIn(db(), order.id, '2026-11-01', '2026-11-30')).map((d) => d.id)).toEqual([made.id]);
    const notices = await db().select().from(notifications).where(and(eq(notifications.providerId, entrepreneur.providerId!), eq(notifications.kind, 'journal_disputed')));
    expect(notices.some((n) => n.body.includes('17.11.2026') && n.body.includes(order.number))).toBe(true);

    const withdrawn = await withdrawJournalDispute(db(), recipient, made.id, at);
    expect(withdrawn.disputeStatus).toBe('withdrawn');
    expect(await openDisputesIn(db(), order.id, '2026-11-01', '2026-11-30')).toEqual([]);
    expect((await failure(withdrawJournalDispute(db(), recipient, made.id, at))).detail).toBe('errors.journal.not_disputed');

    // Disputed again, then corrected by the worker: settled as corrected, and the recipient is told in the cabinet.
    await disputeJournalEntry(db(), recipient, made.id, 'Всё же с 11:00', at);
    const corrected = await correctJournalEntry(db(), assistantWorker, made.id, patch({ start: '11:00', end: '14:00' }), at);
    expect(corrected).toMatchObject({ disputeStatus: 'corrected', disputeResolvedBy: assistantWorker.userId, minutes: 180 });
    const told = await db().select().from(notifications).where(and(eq(notifications.recipientId, person.id), eq(notifications.kind, 'journal_dispute_settled')));
    expect(told.map((n) => n.channel)).toEqual(['cabinet']);
  });

  it('refuses a dispute once an act covering the day is approved', async () => {
    const { order, person } = await runningOrder('SRV-ASSISTANT', entrepreneur.providerId!);
    const made = await recordJournalEntry(db(), assistantWorker, entry(order.id, '2026-11-05', { minutes: 60 }), at);
    await actCovering(order, '2026-11-01', '2026-11-09', 'approved');
    expect((await failure(disputeJournalEntry(db(), await recipientActor(person), made.id, 'Не было', at))).detail).toBe('errors.journal.act_approved');
  });
});

describe("a month's grid", () => {
  it('records every day or none, naming each refused day with its rule and what is left', async () => {
    const { order, person } = await runningOrder('SRV-ASSISTANT', entrepreneur.providerId!);
    await recordJournalEntry(db(), entrepreneur, entry(order.id, '2026-11-24', { minutes: 200 }), at);
    const grid = journalMonthInputSchema.parse({
      orderId: order.id,
      rows: [
        { date: '2026-11-23', minutes: 480, places: 'ЦОН' },
        { date: '2026-11-24', minutes: 300 },
        { date: '2026-11-25', minutes: 120 },
        { date: '2026-12-01', minutes: 60 },
      ],
    });
    const refused = await recordJournalMonth(db(), assistantWorker, grid, at).then(
      () => null,
      (e: AppError) => e,
    );
    expect(refused).toBeInstanceOf(AppError);
    expect(refused!.detailKey).toBe('errors.journal.grid_refused');
    expect(refused!.fieldErrors).toEqual([
      { field: 'rows.1.minutes', message: 'validation.journal.day_cap', values: { left: 280, cap: 480, date: '2026-11-24' } },
      { field: 'rows.3.date', message: 'validation.journal.future', values: { date: '2026-12-01' } },
    ]);
    expect(await db().$count(journalEntries, eq(journalEntries.orderId, order.id))).toBe(1);
    expect([await dayTotal(person.id, '2026-11-23'), await dayTotal(person.id, '2026-11-24')]).toEqual([0, 200]);

    const recorded = await recordJournalMonth(db(), assistantWorker, { ...grid, rows: grid.rows.slice(0, 3).map((r, i) => (i === 1 ? { ...r, minutes: 280 } : r)) }, at);
    expect(recorded.map((e) => e.minutes)).toEqual([480, 280, 120]);
    expect(await dayTotal(person.id, '2026-11-24')).toBe(480);
  });
});

describe('the IPR decides the days and hours', () => {
  it('holds an entry to the hours the IPR grants when fewer than eight', async () => {
    const person = await newPerson({ measures: [{ code: 'SRV-ASSISTANT', hoursPerDay: 4 }] });
    const { order } = await runningOrder('SRV-ASSISTANT', entrepreneur.providerId!, person);
    expect(await failure(recordJournalEntry(db(), assistantWorker, entry(order.id, '2026-11-26', { minutes: 241 }), at))).toMatchObject({ detail: 'errors.journal.day_cap' });
    await recordJournalEntry(db(), assistantWorker, entry(order.id, '2026-11-26', { minutes: 240 }), at);
  });

  it('refuses days after the recipient’s death and keeps those before', async () => {
    const { order, person } = await runningOrder('SRV-ASSISTANT', entrepreneur.providerId!);
    await recordJournalEntry(db(), assistantWorker, entry(order.id, '2026-11-12', { minutes: 60 }), at);
    const report = await recordEntitlementEvents(db(), client, [{ type: 'death', iin: person.iin, date: '2026-11-20' }], at);
    expect(report.rejected).toEqual([]);
    expect((await failure(recordJournalEntry(db(), assistantWorker, entry(order.id, '2026-11-21', { minutes: 60 }), at))).fields[0]).toMatch(/^date:/);
    await recordJournalEntry(db(), assistantWorker, entry(order.id, '2026-11-19', { minutes: 60 }), at);
  });

  it('after re-examination ends an IPR, refuses days until the re-issued measure starts, then grants its hours', async () => {
    const person = await newPerson();
    const { order } = await runningOrder('SRV-ASSISTANT', entrepreneur.providerId!, person);
    expect((await recordEntitlementEvents(db(), client, [{ type: 'ipr_ended', iprNumber: person.iprNumber, date: '2026-11-10' }], at)).rejected).toEqual([]);
    expect((await failure(recordJournalEntry(db(), assistantWorker, entry(order.id, '2026-11-11', { minutes: 60 }), at))).fields[0]).toMatch(/^date:/);
    await recordJournalEntry(db(), assistantWorker, entry(order.id, '2026-11-10', { minutes: 60 }), at);

    const reissued = await newPerson({ iin: person.iin, fullName: person.fullName, validFrom: '2026-11-11', measures: [{ code: 'SRV-ASSISTANT', hoursPerDay: 4, startsOn: '2026-11-20' }] });
    const renewed = await runningOrder('SRV-ASSISTANT', entrepreneur.providerId!, reissued);
    expect((await failure(recordJournalEntry(db(), assistantWorker, entry(renewed.order.id, '2026-11-15', { minutes: 60 }), at))).detail).toBe('errors.journal.not_entitled_on_date');
    expect((await failure(recordJournalEntry(db(), assistantWorker, entry(renewed.order.id, '2026-11-20', { minutes: 241 }), at))).detail).toBe('errors.journal.day_cap');
    await recordJournalEntry(db(), assistantWorker, entry(renewed.order.id, '2026-11-20', { minutes: 240 }), at);
  });
});

describe('balances', () => {
  it('give used and remaining minutes for the day, month and year, across providers', async () => {
    const first = await runningOrder('SRV-ASSISTANT', entrepreneur.providerId!);
    const second = await runningOrder('SRV-ASSISTANT', medtech.providerId!, first.person);
    await recordJournalEntry(db(), assistantWorker, entry(first.order.id, '2026-11-27', { minutes: 300 }), at);
    await recordJournalEntry(db(), medtech, entry(second.order.id, '2026-11-27', { minutes: 60 }), at);
    await recordJournalEntry(db(), medtech, entry(second.order.id, '2026-11-02', { minutes: 30 }), at).catch(() => undefined); // before acceptance: refused, counts nothing
    await recordJournalEntry(db(), medtech, entry(second.order.id, '2026-11-04', { minutes: 90 }), at);
    const assistant = await journalBalances(db(), first.person.id, 'assistant', '2026-11-27');
    expect(assistant).toMatchObject({
      entitled: true,
      day: { used: 360, cap: 480, remaining: 120 },
      month: { month: '2026-11', used: 450, cap: 30 * 480, remaining: 30 * 480 - 450 },
      year: { year: 2026, used: 450, cap: 365 * 480, remaining: 365 * 480 - 450 },
    });

    const signing = await runningOrder('SRV-SIGN-LANGUAGE', entrepreneur.providerId!, first.person);
    await recordJournalEntry(db(), signWorker, entry(signing.order.id, '2026-11-10', { minutes: 450, mode: 'offline' }), at);
    await recordJournalEntry(db(), signWorker, entry(signing.order.id, '2026-11-27', { minutes: 45, mode: 'online' }), at);
    expect(await journalBalances(db(), first.person.id, 'sign_language', '2026-11-27')).toMatchObject({
      day: { used: 45, cap: null, remaining: 3105 },
      month: { used: 495, cap: null, remaining: 3105 },
      year: { used: 495, cap: 3600, remaining: 3105 },
    });
    // A new year starts afresh.
    expect((await journalBalances(db(), first.person.id, 'sign_language', '2027-01-05')).year).toEqual({ year: 2027, used: 0, cap: 3600, remaining: 3600 });
  });

  it('are shown to the recipient, the providers serving them and their district office; an IIN tells nobody else anything', async () => {
    const { order, person } = await runningOrder('SRV-ASSISTANT', entrepreneur.providerId!);
    expect(await findRecipientForBalances(db(), await recipientActor(person), person.iin)).toBe(person.id);
    expect(await findRecipientForBalances(db(), entrepreneur, person.iin)).toBe(person.id);
    expect(await findRecipientForBalances(db(), assistantWorker, person.iin)).toBe(person.id);
    expect(await findRecipientForBalances(db(), astanaOfficer, person.iin)).toBe(person.id);
    expect((await failure(findRecipientForBalances(db(), signWorker, person.iin))).code).toBe('not_found');
    expect((await failure(findRecipientForBalances(db(), medtech, person.iin))).code).toBe('not_found');
    expect((await failure(findRecipientForBalances(db(), karagandaOfficer, person.iin))).code).toBe('not_found');
    expect((await failure(findRecipientForBalances(db(), await recipientActor(await newPerson()), person.iin))).code).toBe('not_found');
    // Workers see the orders of their own service only.
    expect((await listJournalOrders(db(), assistantWorker)).map((o) => o.id)).toContain(order.id);
    expect((await listJournalOrders(db(), signWorker)).map((o) => o.id)).not.toContain(order.id);
  });
});

describe('the counters and the journal', () => {
  it('agree after all of the above, and a counter changed behind the journal’s back is reported to the audit log', async () => {
    expect(await findTotalsMismatches(db())).toEqual([]);
    const { order, person } = await runningOrder('SRV-ASSISTANT', entrepreneur.providerId!);
    await recordJournalEntry(db(), assistantWorker, entry(order.id, '2026-11-13', { minutes: 100 }), at);
    await db().execute(sql`update journal_day_totals set minutes = minutes + 5 where recipient_id = ${person.id} and service_date = '2026-11-13'`);
    expect(await reconcileJournalTotals(db())).toBe(1);
    const [audit] = await db().select().from(auditLog).where(eq(auditLog.action, 'journal.totals_mismatch')).orderBy(desc(auditLog.seq)).limit(1);
    expect(audit?.data).toMatchObject({ count: 1, mismatches: [{ recipientId: person.id, period: '2026-11-13', counted: 105, inJournal: 100 }] });
  });
});
