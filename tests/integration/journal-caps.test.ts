import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { auditLog, journalDayTotals, journalEntries, orders } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { deleteJournalEntry } from '@/lib/journals/correct-entry';
import { listJournalEntries } from '@/lib/journals/queries';
import { recordJournalEntry } from '@/lib/journals/record-entry';
import { journalEntryInputSchema } from '@/lib/journals/schemas';
import { seededTestDatabase } from '../support/database';
import { journalFixtures } from '../support/journal-orders';
import { actorOf } from '../support/actors';
import { failure } from '../support/refusal';

/**
 * The journal's limits (issue 7): the 8-hour day and the 60-hour year across all providers,
 * including under concurrent entries, and the dates an entry may have. Orders are set up as rows
 * in fulfilment (the order flow itself is tested in orders.test.ts).
 */
let database: Awaited<ReturnType<typeof seededTestDatabase>>;
const db = () => database.connection.db;
const at = new Date('2026-11-30T12:00:00Z'); // 17:00 in Almaty, Monday 30 November

const actorByLogin = (login: string) => actorOf(db(), login);
const login = (role: string, prefix: string) => database.accounts.find((a) => a.role === role && a.name.startsWith(prefix))!.login;

let entrepreneur: Actor; // provides the assistant and sign language in Astana
let medtech: Actor;
let assistantWorker: Actor;
let signWorker: Actor;
let client: Actor;

beforeAll(async () => {
  database = await seededTestDatabase(at);
  entrepreneur = await actorByLogin(login('provider_admin', 'Сейткали'));
  medtech = await actorByLogin(login('provider_admin', 'Искаков'));
  assistantWorker = await actorByLogin(login('provider_worker', 'Бекова'));
  signWorker = await actorByLogin(login('provider_worker', 'Мухамедиева'));
  client = await actorByLogin(database.accounts.find((a) => a.role === 'integration_client')!.login);
}, 180_000);
afterAll(async () => {
  await database?.close();
});

const { runningOrder, recipientActor } = journalFixtures(db, () => client, at, '910101');

const entry = (orderId: string, date: string, extra: Record<string, unknown>) => journalEntryInputSchema.parse({ orderId, date, ...extra });

describe('the assistant: 8 hours a day per recipient, across providers', () => {
  it('allows exactly 480 minutes from two providers and refuses one minute more, naming what is left', async () => {
    const first = await runningOrder('SRV-ASSISTANT', entrepreneur.providerId!);
    const second = await runningOrder('SRV-ASSISTANT', medtech.providerId!, first.person);
    await recordJournalEntry(db(), assistantWorker, entry(first.order.id, '2026-11-27', { start: '09:00', end: '14:00' }), at);
    await recordJournalEntry(db(), medtech, entry(second.order.id, '2026-11-27', { minutes: 180 }), at);
    const over = await failure(recordJournalEntry(db(), medtech, entry(second.order.id, '2026-11-27', { minutes: 1 }), at));
    expect(over).toMatchObject({ code: 'rule_violation', detail: 'errors.journal.day_cap', fields: ['minutes:validation.journal.day_cap'] });
    const [total] = await db().select().from(journalDayTotals).where(and(eq(journalDayTotals.recipientId, first.person.id), eq(journalDayTotals.serviceDate, '2026-11-27')));
    expect(total?.minutes).toBe(480);
    // Another day has its own 8 hours.
    await recordJournalEntry(db(), assistantWorker, entry(first.order.id, '2026-11-28', { minutes: 480 }), at);
  });

  it('refuses overlapping times, the future, days before acceptance and outside the period; a worker of the other service', async () => {
    const { order } = await runningOrder('SRV-ASSISTANT', entrepreneur.providerId!);
    await recordJournalEntry(db(), assistantWorker, entry(order.id, '2026-11-26', { start: '09:00', end: '11:00', places: 'Поликлиника №4' }), at);
    expect((await failure(recordJournalEntry(db(), assistantWorker, entry(order.id, '2026-11-26', { start: '10:30', end: '12:00' }), at))).detail).toBe('errors.journal.overlap');
    await recordJournalEntry(db(), assistantWorker, entry(order.id, '2026-11-26', { start: '11:00', end: '12:00' }), at);
    expect((await failure(recordJournalEntry(db(), assistantWorker, entry(order.id, '2026-12-01', { minutes: 60 }), at))).detail).toBe('errors.journal.future');
    expect((await failure(recordJournalEntry(db(), assistantWorker, entry(order.id, '2026-11-02', { minutes: 60 }), at))).detail).toBe('errors.journal.before_acceptance');
    expect((await failure(recordJournalEntry(db(), signWorker, entry(order.id, '2026-11-26', { minutes: 60 }), at))).detail).toBe('errors.journal.not_your_service');
    expect((await failure(recordJournalEntry(db(), medtech, entry(order.id, '2026-11-26', { minutes: 60 }), at))).code).toBe('not_found');
    // Nothing refused was written: two entries, 180 minutes.
    expect(await db().$count(journalEntries, eq(journalEntries.orderId, order.id))).toBe(2);
  });

  it('never passes 480 minutes under concurrent entries from two providers for one recipient and day', async () => {
    const first = await runningOrder('SRV-ASSISTANT', entrepreneur.providerId!);
    const second = await runningOrder('SRV-ASSISTANT', medtech.providerId!, first.person);
    await recordJournalEntry(db(), assistantWorker, entry(first.order.id, '2026-11-25', { minutes: 400 }), at);
    // Sixteen 60-minute entries at once, half from each provider: 80 minutes are left, so one fits.
    const results = await Promise.allSettled(
      Array.from({ length: 16 }, (_, i) =>
        i % 2 === 0
          ? recordJournalEntry(db(), assistantWorker, entry(first.order.id, '2026-11-25', { minutes: 60 }), at)
          : recordJournalEntry(db(), medtech, entry(second.order.id, '2026-11-25', { minutes: 60 }), at),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const refused of results.filter((r) => r.status === 'rejected')) expect((refused as PromiseRejectedResult).reason).toMatchObject({ code: 'rule_violation', detailKey: 'errors.journal.day_cap' });
    const minutes = (await db().select({ minutes: journalEntries.minutes }).from(journalEntries).where(and(eq(journalEntries.recipientId, first.person.id), eq(journalEntries.serviceDate, '2026-11-25')))).reduce((s, r) => s + r.minutes, 0);
    expect(minutes).toBe(460);
    const [total] = await db().select().from(journalDayTotals).where(and(eq(journalDayTotals.recipientId, first.person.id), eq(journalDayTotals.serviceDate, '2026-11-25')));
    expect(total?.minutes).toBe(460);
    // Only the entries written are in the audit log: a refused one records nothing.
    const audited = await db().$count(auditLog, and(eq(auditLog.action, 'journal.record'), sql`${auditLog.data}->>'date' = '2026-11-25'`, inArray(sql`${auditLog.data}->>'orderId'`, [first.order.id, second.order.id])));
    expect(audited).toBe(2);
  });
});

describe('the assistant: no overlapping times for a recipient', () => {
  it('lets one of many overlapping entries sent at once from two providers in, and the rest are refused naming the day', async () => {
    const first = await runningOrder('SRV-ASSISTANT', entrepreneur.providerId!);
    const second = await runningOrder('SRV-ASSISTANT', medtech.providerId!, first.person);
    // Eight hours' worth, so the day's cap leaves room for all of them: only the overlap refuses.
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) =>
        i % 2 === 0
          ? recordJournalEntry(db(), assistantWorker, entry(first.order.id, '2026-11-23', { start: '10:00', end: '11:00' }), at)
          : recordJournalEntry(db(), medtech, entry(second.order.id, '2026-11-23', { start: '10:30', end: '11:30' }), at),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const refused of results.filter((r) => r.status === 'rejected')) {
      expect((refused as PromiseRejectedResult).reason).toMatchObject({ code: 'rule_violation', detailKey: 'errors.journal.overlap', fieldErrors: [{ field: 'start', values: { date: '2026-11-23' } }] });
    }
    const written = await db().select().from(journalEntries).where(and(eq(journalEntries.recipientId, first.person.id), eq(journalEntries.serviceDate, '2026-11-23')));
    expect(written).toHaveLength(1);
    const [total] = await db().select().from(journalDayTotals).where(and(eq(journalDayTotals.recipientId, first.person.id), eq(journalDayTotals.serviceDate, '2026-11-23')));
    expect(total?.minutes).toBe(60);
    // Touching times are not an overlap.
    await recordJournalEntry(db(), assistantWorker, entry(first.order.id, '2026-11-23', { start: '11:30', end: '12:00' }), at);
  });

  it('frees a deleted entry’s time, and a sign-language interpreter may be there at the same time as the assistant', async () => {
    const assistant = await runningOrder('SRV-ASSISTANT', entrepreneur.providerId!);
    const interpreter = await runningOrder('SRV-SIGN-LANGUAGE', entrepreneur.providerId!, assistant.person);
    const made = await recordJournalEntry(db(), assistantWorker, entry(assistant.order.id, '2026-11-20', { start: '14:00', end: '16:00' }), at);
    await deleteJournalEntry(db(), assistantWorker, made.id, at);
    await recordJournalEntry(db(), assistantWorker, entry(assistant.order.id, '2026-11-20', { start: '14:00', end: '16:00' }), at);
    await recordJournalEntry(db(), signWorker, entry(interpreter.order.id, '2026-11-20', { start: '15:00', end: '16:00', mode: 'offline' }), at);
    expect(await db().$count(journalEntries, eq(journalEntries.recipientId, assistant.person.id))).toBe(3);
  });
});

describe('an entry and its order', () => {
  it('waits while the order is held for update (as forming an act holds it) and then judges the order as that left it', async () => {
    const { order } = await runningOrder('SRV-ASSISTANT', entrepreneur.providerId!);
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const holding = new Promise<void>((resolve) => (locked = resolve));
    // The order's period is cut short while it is held (as a death or departure cuts it).
    const holder = db().transaction(async (tx) => {
      try {
        await tx.execute(sql`select 1 from ${orders} where id = ${order.id} for update`);
        await tx.update(orders).set({ periodTo: '2026-11-10' }).where(eq(orders.id, order.id));
      } finally {
        locked();
      }
      await released;
    });
    await holding;
    let settled = false;
    const entryWrite = recordJournalEntry(db(), assistantWorker, entry(order.id, '2026-11-12', { minutes: 60 }), at).finally(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(settled).toBe(false);
    release();
    await holder;
    expect((await failure(entryWrite)).detail).toBe('errors.journal.outside_period');
    expect(await db().$count(journalEntries, eq(journalEntries.orderId, order.id))).toBe(0);
  });
});

describe('sign language: 60 hours a calendar year', () => {
  it('allows exactly 3600 minutes in a year, refuses a minute more, and starts afresh in the new year', async () => {
    const { order } = await runningOrder('SRV-SIGN-LANGUAGE', entrepreneur.providerId!);
    for (const date of ['2026-11-10', '2026-11-11', '2026-11-12', '2026-11-13', '2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19']) {
      await recordJournalEntry(db(), signWorker, entry(order.id, date, { minutes: 450, mode: 'offline' }), at);
    }
    expect((await failure(recordJournalEntry(db(), signWorker, entry(order.id, '2026-11-20', { minutes: 1, mode: 'online' }), at))).detail).toBe('errors.journal.year_cap');
    expect((await failure(recordJournalEntry(db(), signWorker, entry(order.id, '2026-11-20', { minutes: 30 }), at))).detail).toBe('errors.journal.mode_required');
    const newYear = new Date('2027-01-04T06:00:00Z');
    await recordJournalEntry(db(), signWorker, entry(order.id, '2027-01-04', { minutes: 60, mode: 'online' }), newYear);
  });
});

describe('who sees the journal', () => {
  it('the provider that wrote it and the recipient see an order’s month; another provider and another recipient do not', async () => {
    const { order, person } = await runningOrder('SRV-ASSISTANT', entrepreneur.providerId!);
    await recordJournalEntry(db(), assistantWorker, entry(order.id, '2026-11-24', { start: '10:00', end: '12:30', places: 'ЦОН' }), at);
    const recipient = await recipientActor(person);
    const month = { orderId: order.id, month: '2026-11' };
    expect((await listJournalEntries(db(), assistantWorker, month)).map((e) => e.entry.minutes)).toEqual([150]);
    expect((await listJournalEntries(db(), recipient, month)).map((e) => e.entry.places)).toEqual(['ЦОН']);
    expect(await listJournalEntries(db(), medtech, month)).toEqual([]);
    const other = await actorByLogin(login('recipient', 'Жумабаев'));
    expect(await listJournalEntries(db(), other, month)).toEqual([]);
    expect(await listJournalEntries(db(), recipient, { orderId: order.id, month: '2026-10' })).toEqual([]);
  });
});
