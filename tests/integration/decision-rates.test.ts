import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { catalogItems, iprs, orders, type OrderStatus } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { byRefusalRate, decisionTimeOf, officeDecisionRates, percentOf, providerDecisionRates } from '@/lib/orders/decision-rates';
import { seededTestDatabase } from '../support/database';
import { actorOf } from '../support/actors';
import { failure } from '../support/refusal';

let database: Awaited<ReturnType<typeof seededTestDatabase>>;
const db = () => database.connection.db;
const account = (role: string, namePrefix: string) => database.accounts.find((a) => a.role === role && a.name.startsWith(namePrefix))!;

const actorByLogin = (login: string) => actorOf(db(), login);

let astanaOfficer: Actor;
let karagandaOfficer: Actor;
let astanaRecipient: Actor; // Жумабаев, Astana
let karagandaRecipient: Actor; // Ким, Karaganda
let medtech: Actor;
let entrepreneur: Actor;
let inva: Actor;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Arrival of the hand-made orders: Monday 2 November 2026, 10:00 in Almaty. */
const T0 = new Date('2026-11-02T05:00:00Z');
let serial = 0;

/** An order written straight into the table with the times chosen, as if the domain had got it there. */
async function order(
  recipient: Actor,
  provider: Actor,
  status: OrderStatus,
  times: { submitted?: Date; decidedAfterHours?: number; overdue?: boolean } = {},
) {
  serial += 1;
  const [ipr] = await db().select().from(iprs).where(eq(iprs.recipientId, recipient.recipientId!)).limit(1);
  const [item] = await db().select().from(catalogItems).where(eq(catalogItems.providerId, provider.providerId!)).limit(1);
  const submitted = times.submitted ?? T0;
  const deadline = new Date(submitted.getTime() + 5 * DAY);
  const decidedAt = times.decidedAfterHours === undefined ? null : new Date(submitted.getTime() + times.decidedAfterHours * HOUR);
  await db()
    .insert(orders)
    .values({
      number: `RATE-${serial}`,
      recipientId: recipient.recipientId!,
      placedByUserId: recipient.userId,
      providerId: provider.providerId!,
      catalogItemId: item!.id,
      classifierCode: item!.classifierCode,
      category: 'wheelchair',
      iprId: ipr!.id,
      iprNumber: ipr!.iprNumber,
      quantity: 1,
      unitPrice: '100000.00',
      guaranteedSum: '90000.00',
      leadTimeDays: 5,
      status,
      submittedAt: status === 'draft' ? null : submitted,
      deadlineAt: status === 'draft' ? null : deadline,
      termDays: 5,
      termDayKind: 'working',
      onExpiry: times.overdue ? 'flag_overdue' : 'expire',
      overdueAt: times.overdue || status === 'expired' ? new Date(deadline.getTime() + 60_000) : null,
      decidedAt,
      refusalReason: status === 'refused' ? 'not_in_stock' : null,
      returnReason: status === 'returned' ? 'death' : null,
      statusChangedAt: decidedAt ?? submitted,
      createdAt: submitted,
    });
}

beforeAll(async () => {
  database = await seededTestDatabase();
  astanaOfficer = await actorByLogin(account('office_officer', 'Сапарова').login);
  karagandaOfficer = await actorByLogin(account('office_officer', 'Петров').login);
  astanaRecipient = await actorByLogin(account('recipient', 'Жумабаев').login);
  karagandaRecipient = await actorByLogin(account('recipient', 'Ким').login);
  medtech = await actorByLogin(account('provider_admin', 'Искаков').login);
  entrepreneur = await actorByLogin(account('provider_admin', 'Сейткали').login);
  inva = await actorByLogin(account('provider_admin', 'Литвиненко').login);

  // МедТех, from Astana: decided on time in 2 h (accepted), 10 h (refused) and 4 h (in fulfilment);
  await order(astanaRecipient, medtech, 'accepted', { decidedAfterHours: 2 });
  await order(astanaRecipient, medtech, 'refused', { decidedAfterHours: 10 });
  await order(astanaRecipient, medtech, 'in_fulfilment', { decidedAfterHours: 4 });
  // decided late, after six days, in a category that only flags;
  await order(astanaRecipient, medtech, 'accepted', { decidedAfterHours: 144, overdue: true });
  // expired unanswered; waiting (one of them past its deadline); returned before a decision;
  await order(astanaRecipient, medtech, 'expired');
  await order(astanaRecipient, medtech, 'submitted');
  await order(astanaRecipient, medtech, 'submitted', { overdue: true });
  await order(astanaRecipient, medtech, 'returned');
  // a draft never reached it; an order of last year is outside the period.
  await order(astanaRecipient, medtech, 'draft');
  await order(astanaRecipient, medtech, 'closed', { submitted: new Date(T0.getTime() - 400 * DAY), decidedAfterHours: 1 });
  // From Karaganda, refused within the hour: not the Astana office's.
  await order(karagandaRecipient, medtech, 'refused', { decidedAfterHours: 1 });
  // The entrepreneur decided its one Astana order on time.
  await order(astanaRecipient, entrepreneur, 'accepted', { decidedAfterHours: 30 });
}, 240_000);
afterAll(async () => {
  await database?.close();
});

describe('decision rates for an office', () => {
  it('counts each order of its districts once, in the period, with exact rates and the median', async () => {
    const rows = await officeDecisionRates(db(), astanaOfficer, { from: new Date(T0.getTime() - DAY), to: new Date(T0.getTime() + DAY) });
    // Best on-time rate first: the entrepreneur (1 of 1) before МедТех (3 of 5).
    expect(rows.map((r) => r.providerId)).toEqual([entrepreneur.providerId, medtech.providerId]);
    const m = rows[1]!;
    expect(m).toMatchObject({
      arrived: 8,
      decidedOnTime: 3,
      decidedLate: 1,
      expired: 1,
      waiting: 2,
      waitingOverdue: 1,
      returnedUndecided: 1,
      refused: 1,
      decided: 4,
      onTime: { numerator: 3, denominator: 5 },
      refusal: { numerator: 1, denominator: 4 },
    });
    expect(m.arrived).toBe(m.decidedOnTime + m.decidedLate + m.expired + m.waiting + m.returnedUndecided);
    // 2, 4, 10 and 144 hours: the median is halfway between 4 and 10.
    expect(m.medianSeconds).toBe(7 * 3600);
    expect(percentOf(m.onTime!)).toBe(60);
    expect(percentOf(m.refusal!)).toBe(25);
    expect(rows[0]).toMatchObject({ arrived: 1, decided: 1, refused: 0, onTime: { numerator: 1, denominator: 1 }, refusal: { numerator: 0, denominator: 1 }, medianSeconds: 30 * 3600 });
    // Ordered by refusal rate instead: 0 of 1 before 1 of 4.
    expect([...rows].sort(byRefusalRate).map((r) => r.providerId)).toEqual([entrepreneur.providerId, medtech.providerId]);
  });

  it('takes all time without a period, and never another office’s recipients', async () => {
    const all = await officeDecisionRates(db(), astanaOfficer);
    expect(all.find((r) => r.providerId === medtech.providerId)).toMatchObject({ arrived: 9, decidedOnTime: 4, decided: 5, refused: 1, onTime: { numerator: 4, denominator: 6 } });
    const karaganda = await officeDecisionRates(db(), karagandaOfficer);
    expect(karaganda).toHaveLength(1);
    expect(karaganda[0]).toMatchObject({ providerId: medtech.providerId, arrived: 1, decided: 1, refused: 1, decidedOnTime: 1, medianSeconds: 3600 });
    expect(all.some((r) => r.providerId === inva.providerId)).toBe(false);
  });

  it('is for offices only', async () => {
    expect((await failure(officeDecisionRates(db(), medtech))).code).toBe('forbidden');
    expect((await failure(officeDecisionRates(db(), astanaRecipient))).code).toBe('forbidden');
  });
});

describe("a provider's public rates", () => {
  it('counts every order that reached it, from anywhere', async () => {
    const m = await providerDecisionRates(db(), medtech.providerId!);
    // Decisions after 1 (last year), 1 (Karaganda), 2, 4, 10 and 144 hours.
    expect(m).toMatchObject({ arrived: 10, decided: 6, decidedOnTime: 5, decidedLate: 1, expired: 1, refused: 2, medianSeconds: 3 * 3600 });
    expect(percentOf(m!.refusal!)).toBe(33);
    expect(percentOf(m!.onTime!)).toBe(71); // 5 of 7
    expect(decisionTimeOf(m!.medianSeconds!)).toEqual({ unit: 'hours', value: 3 });
  });

  it('has nothing before the first order', async () => {
    expect(await providerDecisionRates(db(), inva.providerId!)).toBeNull();
  });
});

describe('rounding once', () => {
  it('rounds half up in integers, and picks the unit for the median', () => {
    expect(percentOf({ numerator: 1, denominator: 8 })).toBe(13); // 12.5
    expect(percentOf({ numerator: 2, denominator: 3 })).toBe(67);
    expect(percentOf({ numerator: 1, denominator: 3 })).toBe(33);
    expect(percentOf({ numerator: 0, denominator: 5 })).toBe(0);
    expect(percentOf({ numerator: 5, denominator: 5 })).toBe(100);
    expect(decisionTimeOf(20)).toEqual({ unit: 'minutes', value: 1 });
    expect(decisionTimeOf(47 * 3600)).toEqual({ unit: 'hours', value: 47 });
    expect(decisionTimeOf(60 * 3600)).toEqual({ unit: 'days', value: 3 });
  });
});
