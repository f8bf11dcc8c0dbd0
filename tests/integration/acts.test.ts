import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { openDatabase } from '@/db/client';
import { POST as postAct } from '@/app/api/v1/acts/route';
import { GET as getAct } from '@/app/api/v1/acts/[id]/route';
import { GET as getLedgerBalances } from '@/app/api/v1/ledger/balances/route';
import { POST as refuseSignatureRoute } from '@/app/api/v1/acts/[id]/refuse-signature/route';
import { POST as submitRoute } from '@/app/api/v1/acts/[id]/submit/route';
import { POST as approveRoute } from '@/app/api/v1/acts/[id]/approve/route';
import { POST as returnRoute } from '@/app/api/v1/acts/[id]/return/route';
import { acts, auditLog, documents, iprs, orders, recipients, users } from '@/db/schema';
import { formAct } from '@/lib/acts/form-act';
import { actLedgerPostings, actLinesOf, actView, findActForActor } from '@/lib/acts/queries';
import type { Actor } from '@/lib/auth/actor';
import { disputeJournalEntry } from '@/lib/journals/disputes';
import { recordJournalEntry } from '@/lib/journals/record-entry';
import { journalEntryInputSchema } from '@/lib/journals/schemas';
import { seededTestDatabase } from '../support/database';
import { insertNovemberAssistantSums, journalFixtures } from '../support/journal-orders';
import { demoActors } from '../support/actors';
import { failure } from '../support/refusal';
import { documentSigner } from '../support/signing';
import { submitAct } from '@/lib/acts/submit-act';
import { listActs } from '@/lib/acts/list-acts';
import { actListQuerySchema } from '@/lib/acts/schemas';
import { applySignedApproval, prepareActApproval, returnAct } from '@/lib/acts/review-act';
import { allocateOfficeBudget } from '@/lib/ledger/budget';
import { postLedgerTransaction } from '@/lib/ledger/post-transaction';
import { ledgerBalances } from '@/lib/ledger/balances';
import { findLedgerProblems, ledgerHolds } from '@/lib/ledger/invariants';
import { ledgerTransactions } from '@/db/schema';
import { money } from '@/lib/money';
import { now } from '@/lib/clock';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { rowsOf } from '@/db/client';
import { refuseToSignAct } from '@/lib/acts/refuse-signature';
import { notifications, signatures } from '@/db/schema';
import { callRouteJson, type RouteHandler } from '../support/api-call';

/**
 * Forming acts of services rendered from the journal (issue 8): the month cut to the order, the
 * money per line, one live act per order and month, disputes and empty months refused, the
 * period frozen, the document's signers.
 */
let database: Awaited<ReturnType<typeof seededTestDatabase>>;
const db = () => database.connection.db;
const inNovember = new Date('2026-11-28T10:00:00Z');
const onFirstDecember = new Date('2026-12-01T06:00:00Z'); // 11:00 in Almaty
let entrepreneur: Actor;
let medtech: Actor;
let assistantWorker: Actor;
let signWorker: Actor;
let astanaOfficer: Actor;
let karagandaOfficer: Actor;
let client: Actor;

beforeAll(async () => {
  database = await seededTestDatabase(inNovember, { pki: true });
  ({ entrepreneur, medtech, assistantWorker, signWorker, astanaOfficer, karagandaOfficer, client } = await demoActors(db(), database.accounts));
  await insertNovemberAssistantSums(db(), inNovember);
}, 180_000);
afterAll(async () => {
  await database?.close();
});

const { runningOrder, recipientActor } = journalFixtures(db, () => client, inNovember, '930303');
const entry = (orderId: string, date: string, extra: Record<string, unknown>) => journalEntryInputSchema.parse({ orderId, date, ...extra });

/** An assistant order at 1,234.57 tenge an hour with 7 h 45 min on 4 November and an hour on the 20th. */
async function renderedOrder() {
  const { order, person } = await runningOrder('SRV-ASSISTANT', entrepreneur.providerId!);
  await db().update(orders).set({ unitPrice: '1234.57' }).where(eq(orders.id, order.id));
  const long = await recordJournalEntry(db(), assistantWorker, entry(order.id, '2026-11-04', { start: '09:00', end: '16:45', places: 'Поликлиника №3, ЦОН' }), inNovember);
  await recordJournalEntry(db(), entrepreneur, entry(order.id, '2026-11-20', { minutes: 60 }), inNovember);
  return { order, person, long };
}

describe('forming an act', () => {
  it('prices the month from the journal: a line per guaranteed sum, cost rounded once per line, totals equal to the lines', async () => {
    const { order } = await renderedOrder();
    const { act, lines } = await formAct(db(), entrepreneur, { orderId: order.id, period: '2026-11' }, onFirstDecember);
    expect(act).toMatchObject({ number: `${order.number}/2026-11/v1`, status: 'draft', periodFrom: '2026-11-03', periodTo: '2026-11-30', version: 1, minutes: 525, unitPrice: '1234.57' });
    expect(lines.map((l) => [l.dateFrom, l.dateTo, l.minutes, l.unitPrice, l.reimbursedUnitPrice, l.cost, l.reimbursed])).toEqual([
      ['2026-11-04', '2026-11-04', 465, '1234.57', '1234.57', '9567.92', '9567.92'],
      ['2026-11-20', '2026-11-20', 60, '1234.57', '1000.00', '1234.57', '1000.00'],
    ]);
    expect(act).toMatchObject({ total: '10802.49', reimbursed: '10567.92', coPayment: '234.57' });
    expect(actView(act, lines, [])).toMatchObject({ total: '10802.49', lines: [{ service: 'assistant', minutes: 465, cost: '9567.92' }, { minutes: 60, cost: '1234.57' }] });
    expect(await db().$count(auditLog, and(eq(auditLog.action, 'act.form'), eq(auditLog.entityId, act.id)))).toBe(1);
  });

  it('makes the document to sign from the same data: the head, the worker who served and the recipient, with the sheet of App. 9', async () => {
    const { order, person } = await renderedOrder();
    const { act } = await formAct(db(), entrepreneur, { orderId: order.id, period: '2026-11' }, onFirstDecember);
    const [document] = await db().select().from(documents).where(eq(documents.id, act.documentId!));
    const [recipientUser] = await db().select({ id: users.id }).from(users).where(eq(users.recipientId, person.id));
    expect(document!.requiredSigners.map((s) => s.userId)).toEqual([entrepreneur.userId, assistantWorker.userId, recipientUser!.id]);
    const content = (JSON.parse(new TextDecoder().decode(document!.canonical)) as { content: Record<string, unknown> }).content as {
      totals: { total: string; hours: string };
      sheet: { kind: string; rows: { date: string; start: string | null; end: string | null; places: string | null; worker: string }[] };
      statement: { ru: string };
      provider: { iban: string };
    };
    expect(content.totals).toMatchObject({ total: '10802.49', hours: '8:45' });
    expect(content.sheet.kind).toBe('accompaniment');
    expect(content.sheet.rows.map((r) => [r.date, r.start, r.end, r.places])).toEqual([
      ['2026-11-04', '09:00', '16:45', 'Поликлиника №3, ЦОН'],
      ['2026-11-20', null, null, null],
    ]);
    expect(content.statement.ru).toMatch(/претензий/);
    expect(content.provider.iban).toMatch(/^KZ/);
  });

  it('freezes the period: no entry, correction or deletion in it while the act lives', async () => {
    const { order } = await renderedOrder();
    await formAct(db(), entrepreneur, { orderId: order.id, period: '2026-11' }, onFirstDecember);
    expect((await failure(recordJournalEntry(db(), assistantWorker, entry(order.id, '2026-11-21', { minutes: 30 }), onFirstDecember))).detail).toBe('errors.journal.frozen');
    await recordJournalEntry(db(), assistantWorker, entry(order.id, '2026-12-01', { minutes: 30 }), onFirstDecember);
  });

  it('forms one live act per order and month; a returned act makes way for version 2', async () => {
    const { order } = await renderedOrder();
    const first = await formAct(db(), entrepreneur, { orderId: order.id, period: '2026-11' }, onFirstDecember);
    const again = await failure(formAct(db(), entrepreneur, { orderId: order.id, period: '2026-11' }, onFirstDecember));
    expect(again).toMatchObject({ code: 'conflict', detail: 'errors.act.already_formed', values: { number: first.act.number } });
    await db().update(acts).set({ status: 'returned' }).where(eq(acts.id, first.act.id));
    const second = await formAct(db(), entrepreneur, { orderId: order.id, period: '2026-11' }, onFirstDecember);
    expect(second.act).toMatchObject({ version: 2, previousActId: first.act.id, number: `${order.number}/2026-11/v2`, total: '10802.49' });
  });

  it.each([['PostgreSQL sessions'], ['one connection']])('forms once when two requests form the same act at the same moment (%s)', async (how) => {
    const { order } = await renderedOrder();
    const extra = how === 'PostgreSQL sessions' && database.url ? openDatabase({ url: database.url }) : null;
    const second = extra?.db ?? db();
    const results = await Promise.allSettled([
      formAct(db(), entrepreneur, { orderId: order.id, period: '2026-11' }, onFirstDecember),
      formAct(second, entrepreneur, { orderId: order.id, period: '2026-11' }, onFirstDecember),
    ]);
    await extra?.close();
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    // The loser waited on the order's row and was told plainly, not by a unique-index error.
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(await failure(Promise.reject(refused.reason))).toMatchObject({ code: 'conflict', detail: 'errors.act.already_formed' });
    expect(await db().$count(acts, eq(acts.orderId, order.id))).toBe(1);
  });

  it('refuses a month not over, a month outside the order, a month without hours, and an open dispute (naming its day)', async () => {
    const { order, person, long } = await renderedOrder();
    expect((await failure(formAct(db(), entrepreneur, { orderId: order.id, period: '2026-11' }, inNovember))).detail).toBe('errors.act.period_not_over');
    expect((await failure(formAct(db(), entrepreneur, { orderId: order.id, period: '2026-10' }, onFirstDecember))).detail).toBe('errors.act.outside_order');
    const quiet = await runningOrder('SRV-SIGN-LANGUAGE', entrepreneur.providerId!, person);
    expect((await failure(formAct(db(), entrepreneur, { orderId: quiet.order.id, period: '2026-11' }, onFirstDecember))).detail).toBe('errors.act.nothing_rendered');
    await disputeJournalEntry(db(), await recipientActor(person), long.id, 'Помощник ушёл в 15:00', inNovember);
    const disputed = await failure(formAct(db(), entrepreneur, { orderId: order.id, period: '2026-11' }, onFirstDecember));
    expect(disputed).toMatchObject({ detail: 'errors.act.disputed_entries', values: { dates: '2026-11-04' } });
    expect(await db().$count(acts, eq(acts.orderId, order.id))).toBe(0);
  });

  it("goes without the recipient's signature when the recipient has died, and says so", async () => {
    const { order, person } = await renderedOrder();
    await db().update(recipients).set({ lifeStatus: 'deceased', lifeStatusOn: '2026-11-25' }).where(eq(recipients.id, person.id));
    const { act } = await formAct(db(), entrepreneur, { orderId: order.id, period: '2026-11' }, onFirstDecember);
    expect(act.recipientDeceased).toBe(true);
    const [document] = await db().select().from(documents).where(eq(documents.id, act.documentId!));
    expect(document!.requiredSigners.map((s) => s.userId)).toEqual([entrepreneur.userId, assistantWorker.userId]);
  });

  it("bills the demo's last month at once: Касымов's assistant and sign-language orders", async () => {
    const [kasymov] = await db().select({ id: recipients.id }).from(recipients).where(eq(recipients.fullName, 'Касымов Ержан Болатович'));
    const billable = await db().select().from(orders).where(and(eq(orders.recipientId, kasymov!.id), eq(orders.providerId, entrepreneur.providerId!)));
    expect(billable.map((o) => o.category).sort()).toEqual(['assistant', 'sign_language']);
    for (const order of billable) {
      const { act, lines } = await formAct(db(), entrepreneur, { orderId: order.id, period: '2026-10' }, onFirstDecember);
      expect(act.minutes).toBeGreaterThan(0);
      expect(lines.reduce((sum, l) => sum + l.minutes, 0)).toBe(act.minutes);
    }
  });

  it("lets only the order's provider form it, and shows it to those who may see the order", async () => {
    const { order } = await renderedOrder();
    expect((await failure(formAct(db(), medtech, { orderId: order.id, period: '2026-11' }, onFirstDecember))).code).toBe('not_found');
    expect((await failure(formAct(db(), assistantWorker, { orderId: order.id, period: '2026-11' }, onFirstDecember))).code).toBe('forbidden');
    const { act } = await formAct(db(), entrepreneur, { orderId: order.id, period: '2026-11' }, onFirstDecember);
    expect((await findActForActor(db(), astanaOfficer, act.id))?.id).toBe(act.id);
    expect(await findActForActor(db(), karagandaOfficer, act.id)).toBeNull();
    expect(await findActForActor(db(), medtech, act.id)).toBeNull();
    expect((await failure(findActForActor(db(), signWorker, act.id))).code).toBe('forbidden');
    expect(await actLinesOf(db(), act.id)).toHaveLength(2);
    expect(await actLedgerPostings(db(), act)).toEqual([]);
  });
});

/** Calls a route handler as the actor would, with a fresh bearer token, in Russian. */
const call = (handler: RouteHandler, url: string, actor: Actor, init: RequestInit = {}, params: Record<string, string> = {}) => callRouteJson(db(), handler, url, actor, { ...init, params });

describe('the acts API', () => {
  it('forms an act by POST /api/v1/acts with decimal strings, reads it back with its ledger, and answers problems in the caller language', async () => {
    // October is over by any clock the suite runs on: the order was accepted on 2 October.
    const { order } = await runningOrder('SRV-SIGN-LANGUAGE', entrepreneur.providerId!);
    await db().update(orders).set({ unitPrice: '2000.00', periodFrom: '2026-10-01', decidedAt: new Date('2026-10-02T05:00:00Z') }).where(eq(orders.id, order.id));
    await recordJournalEntry(db(), signWorker, entry(order.id, '2026-10-05', { minutes: 95, mode: 'online' }), inNovember);
    const body = JSON.stringify({ orderId: order.id, period: '2026-10' });
    const formed = await call(postAct, '/api/v1/acts', entrepreneur, { method: 'POST', body });
    expect(formed.status).toBe(201);
    expect(formed.body).toMatchObject({ status: 'draft', period: '2026-10', periodFrom: '2026-10-02', periodTo: '2026-10-31', total: '3166.67', ledger: [] });
    expect(formed.body.lines).toEqual([expect.objectContaining({ service: 'sign_language', minutes: 95, unitPrice: '2000.00', cost: '3166.67' })]);
    expect(formed.body.documentId).toEqual(expect.any(String));

    const again = await call(postAct, '/api/v1/acts', entrepreneur, { method: 'POST', body });
    expect(again).toMatchObject({ status: 409, type: expect.stringContaining('application/problem+json') });
    expect(again.body.detail).toMatch(/Акт за этот месяц уже есть/);
    const malformed = await call(postAct, '/api/v1/acts', entrepreneur, { method: 'POST', body: JSON.stringify({ orderId: order.id, period: '2026-13' }) });
    expect(malformed.status).toBe(422);
    expect(JSON.stringify(malformed.body)).toMatch(/ГГГГ-ММ/);

    const id = formed.body.id as string;
    expect(await call(getAct, `/api/v1/acts/${id}`, astanaOfficer, {}, { id })).toMatchObject({ status: 200, body: { id, total: '3166.67', ledger: [] } });
    expect((await call(getAct, `/api/v1/acts/${id}`, medtech, {}, { id })).status).toBe(404);
  });

  it('takes the recipient refusal and the submission through the API, with its problems', async () => {
    const { order, person } = await renderedOrder();
    const { act } = await formAct(db(), entrepreneur, { orderId: order.id, period: '2026-11' }, onFirstDecember);
    const recipient = await recipientActor(person);
    const url = `/api/v1/acts/${act.id}`;
    expect((await call(submitRoute, `${url}/submit`, entrepreneur, { method: 'POST' }, { id: act.id })).status).toBe(409);
    expect((await call(refuseSignatureRoute, `${url}/refuse-signature`, recipient, { method: 'POST', body: JSON.stringify({ reason: '  ' }) }, { id: act.id })).status).toBe(422);
    expect((await call(refuseSignatureRoute, `${url}/refuse-signature`, entrepreneur, { method: 'POST', body: JSON.stringify({ reason: 'нет' }) }, { id: act.id })).status).toBe(403);
    const refused = await call(refuseSignatureRoute, `${url}/refuse-signature`, recipient, { method: 'POST', body: JSON.stringify({ reason: 'Часы не совпадают' }) }, { id: act.id });
    expect(refused).toMatchObject({ status: 200, body: { id: act.id, status: 'returned', returnedBy: 'recipient', refusalReason: 'Часы не совпадают' } });
    // The provider reads why, from the act itself.
    expect(await call(getAct, url, entrepreneur, {}, { id: act.id })).toMatchObject({ status: 200, body: { status: 'returned', returnedBy: 'recipient', refusalReason: 'Часы не совпадают', returnReasons: null } });
  });

  it('answers ledger balances to the provider itself and refuses them to another provider', async () => {
    const own = await call(getLedgerBalances, `/api/v1/ledger/balances?provider=${entrepreneur.providerId}`, entrepreneur);
    expect(own).toMatchObject({ status: 200, body: { accounts: [] } });
    expect((await call(getLedgerBalances, `/api/v1/ledger/balances?provider=${entrepreneur.providerId}`, medtech)).status).toBe(404);
    expect((await call(getLedgerBalances, `/api/v1/ledger/balances?provider=${entrepreneur.providerId}&office=${astanaOfficer.officeId}`, entrepreneur)).status).toBe(422);
  });
});

describe('signing and submitting an act', () => {
  const signAs = documentSigner(db, () => database.dataDir);
  const statusOf = async (actId: string) => (await db().select({ status: acts.status }).from(acts).where(eq(acts.id, actId)))[0]!.status;
  const noticesOf = async (kind: string) => db().select().from(notifications).where(eq(notifications.kind, kind));

  it('is signed by the provider side first, then the recipient, then submitted to the office', async () => {
    const { order, person } = await renderedOrder();
    const { act } = await formAct(db(), entrepreneur, { orderId: order.id, period: '2026-11' }, onFirstDecember);
    const recipient = await recipientActor(person);

    // The recipient cannot sign before the provider: the signature is refused and not kept.
    expect((await failure(signAs(recipient, act.documentId!))).detail).toBe('errors.act.provider_signs_first');
    expect(await db().$count(signatures, eq(signatures.documentId, act.documentId!))).toBe(0);

    await signAs(entrepreneur, act.documentId!);
    expect(await statusOf(act.id)).toBe('draft');
    await signAs(assistantWorker, act.documentId!);
    expect(await statusOf(act.id)).toBe('signed_by_provider');
    // In the cabinet (this recipient gave no phone, so no SMS).
    expect((await noticesOf('act_awaits_signature')).filter((n) => n.recipientId === person.id).map((n) => n.body)).toEqual([expect.stringContaining(act.number)]);
    expect((await failure(submitAct(db(), entrepreneur, act.id, onFirstDecember))).detail).toBe('errors.act.not_signed');

    await signAs(recipient, act.documentId!);
    expect(await statusOf(act.id)).toBe('signed_by_recipient');
    expect((await failure(submitAct(db(), medtech, act.id, onFirstDecember))).code).toBe('not_found');
    const submitted = await submitAct(db(), entrepreneur, act.id, onFirstDecember);
    expect(submitted.status).toBe('submitted');
    // From the 16th the sum (1,000) is below the price (1,234.57): the reviewer sees the co-payment.
    expect(submitted.reviewFlags).toEqual([{ code: 'price_above_sum', values: { price: '1234.57', sum: '1000.00', coPayment: '234.57' } }]);
    expect((await noticesOf('act_submitted')).some((n) => n.officeId === astanaOfficer.officeId && n.body.includes(act.number))).toBe(true);
    expect((await failure(submitAct(db(), entrepreneur, act.id, onFirstDecember))).detail).toBe('errors.act.already_submitted');
  });

  it('flags on submission what the reviewer must see: a price above the sum, days after a death, a disputed entry', async () => {
    const { order, person, long } = await renderedOrder();
    const { act } = await formAct(db(), entrepreneur, { orderId: order.id, period: '2026-11' }, onFirstDecember);
    await signAs(entrepreneur, act.documentId!);
    await signAs(assistantWorker, act.documentId!);
    const recipient = await recipientActor(person);
    await signAs(recipient, act.documentId!);
    await disputeJournalEntry(db(), recipient, long.id, 'Помощник ушёл раньше', onFirstDecember);
    // E-Sobes reports the death on the 15th after the act was signed.
    await db().update(recipients).set({ lifeStatus: 'deceased', lifeStatusOn: '2026-11-15' }).where(eq(recipients.id, person.id));
    const submitted = await submitAct(db(), entrepreneur, act.id, onFirstDecember);
    expect(submitted.reviewFlags).toEqual([
      { code: 'outside_rights', values: { dates: '2026-11-20' } },
      { code: 'price_above_sum', values: { price: '1234.57', sum: '1000.00', coPayment: '234.57' } },
      { code: 'disputed_entry', values: { dates: '2026-11-04' } },
    ]);
  });

  it('flags the days after the IPR ended early (the whole month checked in one query), and only those', async () => {
    const { order, person } = await renderedOrder();
    const { act } = await formAct(db(), entrepreneur, { orderId: order.id, period: '2026-11' }, onFirstDecember);
    await signAs(entrepreneur, act.documentId!);
    await signAs(assistantWorker, act.documentId!);
    await signAs(await recipientActor(person), act.documentId!);
    // Re-examination ended the IPR on the 10th (the first day without the right): the 4th stays in, the 20th is outside.
    await db().update(iprs).set({ endedOn: '2026-11-10' }).where(eq(iprs.id, person.iprId));
    const submitted = await submitAct(db(), entrepreneur, act.id, onFirstDecember);
    expect(submitted.reviewFlags?.find((f) => f.code === 'outside_rights')).toEqual({ code: 'outside_rights', values: { dates: '2026-11-20' } });
  });

  it("goes to the office on the provider's signatures alone when the recipient has died", async () => {
    const { order, person } = await renderedOrder();
    await db().update(recipients).set({ lifeStatus: 'deceased', lifeStatusOn: '2026-11-25' }).where(eq(recipients.id, person.id));
    const { act } = await formAct(db(), entrepreneur, { orderId: order.id, period: '2026-11' }, onFirstDecember);
    await signAs(entrepreneur, act.documentId!);
    await signAs(assistantWorker, act.documentId!);
    expect(await statusOf(act.id)).toBe('signed_by_provider');
    expect((await noticesOf('act_awaits_signature')).filter((n) => n.recipientId === person.id)).toEqual([]);
    expect((await submitAct(db(), entrepreneur, act.id, onFirstDecember)).status).toBe('submitted');
  });

  it('returns to the provider when the recipient refuses to sign, saying why; the period opens again and version 2 follows', async () => {
    const { order, person } = await renderedOrder();
    const { act } = await formAct(db(), entrepreneur, { orderId: order.id, period: '2026-11' }, onFirstDecember);
    await signAs(entrepreneur, act.documentId!);
    const recipient = await recipientActor(person);
    expect((await failure(refuseToSignAct(db(), entrepreneur, act.id, 'нет', onFirstDecember))).code).toBe('forbidden');
    const returned = await refuseToSignAct(db(), recipient, act.id, 'Четвёртого ноября помощник был 6 часов, не 7:45', onFirstDecember);
    expect(returned.status).toBe('returned');
    expect((await db().select({ status: documents.status }).from(documents).where(eq(documents.id, act.documentId!)))[0]!.status).toBe('superseded');
    expect((await noticesOf('act_refused_by_recipient')).some((n) => n.providerId === entrepreneur.providerId && n.body.includes('6 часов'))).toBe(true);
    expect((await db().select().from(auditLog).where(and(eq(auditLog.action, 'act.refuse_signature'), eq(auditLog.entityId, act.id))))[0]!.reason).toMatch(/6 часов/);
    // No more signatures on the returned act; its period takes entries again.
    expect((await failure(signAs(assistantWorker, act.documentId!))).code).toBe('conflict');
    await recordJournalEntry(db(), assistantWorker, entry(order.id, '2026-11-05', { minutes: 30 }), inNovember);
    expect((await formAct(db(), entrepreneur, { orderId: order.id, period: '2026-11' }, onFirstDecember)).act.version).toBe(2);
  });
});

describe('office review: approval with the ledger, return and resubmission', () => {
  const signAs = documentSigner(db, () => database.dataDir);
  const year = Number(now().toISOString().slice(0, 4));
  const budget = async () => (await ledgerBalances(db(), { officeId: astanaOfficer.officeId! })).find((b) => b.account === `office_budget:${year}`)?.balance ?? '0.00';
  const payable = async () => (await ledgerBalances(db(), { providerId: entrepreneur.providerId! })).find((b) => b.account === 'provider_payable')?.balance ?? '0.00';
  const statusOf = async (actId: string) => (await db().select({ status: acts.status }).from(acts).where(eq(acts.id, actId)))[0]!.status;

  /** An act for 10,802.49 (10,567.92 reimbursed), signed by all and submitted. */
  async function submittedAct(submittedAt = onFirstDecember) {
    const { order, person } = await renderedOrder();
    const { act } = await formAct(db(), entrepreneur, { orderId: order.id, period: '2026-11' }, onFirstDecember);
    await signAs(entrepreneur, act.documentId!);
    await signAs(assistantWorker, act.documentId!);
    await signAs(await recipientActor(person), act.documentId!);
    return { order, person, act: await submitAct(db(), entrepreneur, act.id, submittedAt) };
  }

  beforeAll(async () => {
    await db().transaction((tx) => allocateOfficeBudget(tx, { allocationId: randomUUID(), officeId: astanaOfficer.officeId!, year, amount: money('25000.00'), by: null, at: now() }));
  });

  it("approves by the officer's signature: the act is approved and the ledger posts budget → payable once", async () => {
    const { act } = await submittedAct();
    const [budgetBefore, payableBefore] = [money(await budget()), money(await payable())];
    expect((await failure(prepareActApproval(db(), karagandaOfficer, act.id, now()))).code).toBe('not_found');
    expect((await failure(prepareActApproval(db(), entrepreneur, act.id, now()))).code).toBe('forbidden');
    const approval = await prepareActApproval(db(), astanaOfficer, act.id, now());
    expect(await statusOf(act.id)).toBe('submitted');
    // Approve clicked again before signing opens the same approval, not a new version.
    expect((await prepareActApproval(db(), astanaOfficer, act.id, now())).id).toBe(approval.id);
    await signAs(astanaOfficer, approval.id);
    expect(await statusOf(act.id)).toBe('approved');
    expect(money(await budget()).toFixed(2)).toBe(budgetBefore.minus('10567.92').toFixed(2));
    expect(money(await payable()).toFixed(2)).toBe(payableBefore.plus('10567.92').toFixed(2));
    expect((await actLedgerPostings(db(), act)).map((p) => [p.kind, p.amount])).toEqual([['approval', '10567.92']]);
    expect((await failure(prepareActApproval(db(), astanaOfficer, act.id, now()))).detail).toBe('errors.act.not_submitted');
    expect(ledgerHolds(await findLedgerProblems(db()))).toBe(true);
  });

  it('posts once when two approvals of the same act take effect at the same moment', async () => {
    const { act } = await submittedAct();
    const approval = await prepareActApproval(db(), astanaOfficer, act.id, now());
    const extra = database.url ? openDatabase({ url: database.url }) : null;
    const results = await Promise.allSettled([db(), extra?.db ?? db()].map((session) => session.transaction((tx) => applySignedApproval(tx, approval, astanaOfficer, now()))));
    await extra?.close();
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(await failure(Promise.reject((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason))).toMatchObject({ code: 'conflict' });
    expect(await db().$count(ledgerTransactions, and(eq(ledgerTransactions.sourceType, 'act'), eq(ledgerTransactions.sourceId, act.id)))).toBe(1);
  });

  it("refuses the approval's signature when the year's budget cannot cover it, and nothing moves", async () => {
    const { act } = await submittedAct();
    // Spend the year's budget down to 100.00 with another approval (whatever the demo data allocated).
    const drain = money(await budget()).minus('100.00');
    await db().transaction((tx) =>
      postLedgerTransaction(tx, { kind: 'approval', source: { type: 'test', id: randomUUID() }, period: '2026-11', postings: [{ account: { kind: 'office_budget', officeId: astanaOfficer.officeId!, year }, amount: drain.negated() }, { account: { kind: 'provider_payable', providerId: medtech.providerId! }, amount: drain }], by: null, at: now() }),
    );
    const left = await budget();
    expect(left).toBe('100.00');
    const approval = await prepareActApproval(db(), astanaOfficer, act.id, now());
    const refused = await failure(signAs(astanaOfficer, approval.id));
    expect(refused).toMatchObject({ code: 'rule_violation', detail: 'errors.ledger.budget_exhausted', values: { remaining: left, amount: '10567.92' } });
    expect(await statusOf(act.id)).toBe('submitted');
    expect(await db().$count(signatures, eq(signatures.documentId, approval.id))).toBe(0);
    expect(await budget()).toBe(left);
  });

  it('returns with reasons from the list and a comment; the provider corrects, forms version 2 and submits it again', async () => {
    const { order, person, act } = await submittedAct();
    expect((await failure(returnAct(db(), astanaOfficer, act.id, { reasons: ['other'] }, now()))).fields).toEqual(['comment:validation.act.comment_for_other']);
    const returned = await returnAct(db(), astanaOfficer, act.id, { reasons: ['hours_mismatch'], comment: '4 ноября по листу сопровождения 6 часов' }, now());
    expect(returned).toMatchObject({ status: 'returned', returnReasons: ['hours_mismatch'], returnComment: '4 ноября по листу сопровождения 6 часов' });
    expect((await db().select().from(notifications).where(and(eq(notifications.kind, 'act_returned'), eq(notifications.providerId, entrepreneur.providerId!)))).some((n) => n.body.includes(act.number))).toBe(true);
    // The period is open again: the provider corrects the journal, forms, signs and submits version 2.
    await recordJournalEntry(db(), assistantWorker, entry(order.id, '2026-11-06', { minutes: 15 }), inNovember);
    const second = await formAct(db(), entrepreneur, { orderId: order.id, period: '2026-11' }, onFirstDecember);
    expect(second.act).toMatchObject({ version: 2, previousActId: act.id, minutes: 540 });
    await signAs(entrepreneur, second.act.documentId!);
    await signAs(assistantWorker, second.act.documentId!);
    await signAs(await recipientActor(person), second.act.documentId!);
    expect((await submitAct(db(), entrepreneur, second.act.id, onFirstDecember)).status).toBe('submitted');
  });

  it("pages and filters the office's queue, oldest first, and shows each side only its own", async () => {
    const a = await submittedAct();
    const b = await submittedAct(new Date(onFirstDecember.getTime() + 3_600_000));
    const query = (fields: Record<string, unknown>) => actListQuerySchema.parse(fields);
    const queue = await listActs(db(), astanaOfficer, query({ status: 'submitted' }), now());
    const ids = queue.items.map((i) => i.id);
    expect(ids.indexOf(a.act.id)).toBeLessThan(ids.indexOf(b.act.id));
    expect(queue.items.find((i) => i.id === a.act.id)).toMatchObject({ number: a.act.number, reimbursed: '10567.92', flags: 1, service: 'assistant', providerName: expect.any(String), recipientName: expect.any(String) });
    // One page at a time: the cursor continues where the last page ended.
    const first = await listActs(db(), astanaOfficer, query({ status: 'submitted', limit: 1 }), now());
    const second = await listActs(db(), astanaOfficer, query({ status: 'submitted', limit: 1, cursor: first.nextCursor }), now());
    expect(second.items[0]!.id).toBe(ids[1]);
    const idsOf = async (fields: Record<string, unknown>) => (await listActs(db(), astanaOfficer, query({ status: 'submitted', ...fields }), now())).items.map((i) => i.id);
    expect(await idsOf({ minAmount: '10567.93' })).not.toContain(a.act.id);
    expect(await idsOf({ maxAmount: '10567.92', minAmount: '10567.92' })).toEqual(expect.arrayContaining([a.act.id, b.act.id]));
    expect(await idsOf({ flagged: 'false' })).not.toContain(a.act.id);
    expect(await idsOf({ flagged: 'true' })).toContain(a.act.id);
    expect(await idsOf({ service: 'sign_language' })).not.toContain(a.act.id);
    expect(await idsOf({ olderThanDays: 1 })).not.toContain(b.act.id);
    expect(await idsOf({ period: '2026-11', provider: entrepreneur.providerId })).toEqual(expect.arrayContaining([a.act.id, b.act.id]));
    expect((await listActs(db(), karagandaOfficer, query({ status: 'submitted' }), now())).items).toEqual([]);
    expect((await listActs(db(), entrepreneur, query({ order: 'newest' }), now())).items[0]!.providerId).toBe(entrepreneur.providerId);
    expect((await listActs(db(), medtech, query({}), now())).items).toEqual([]);
  });

  it('approves and returns through the API', async () => {
    const { act } = await submittedAct();
    const url = `/api/v1/acts/${act.id}`;
    const badReason = await call(returnRoute, `${url}/return`, astanaOfficer, { method: 'POST', body: JSON.stringify({ reasons: ['late'] }) }, { id: act.id });
    expect(badReason.status).toBe(422);
    const approval = await call(approveRoute, `${url}/approve`, astanaOfficer, { method: 'POST' }, { id: act.id });
    expect(approval).toMatchObject({ status: 200, body: { kind: 'act_approval', status: 'awaiting_signatures', contentUrl: expect.stringMatching(/^\/api\/v1\/documents\/.+\/content$/) } });
    expect((await call(approveRoute, `${url}/approve`, entrepreneur, { method: 'POST' }, { id: act.id })).status).toBe(403);
    const returned = await call(returnRoute, `${url}/return`, astanaOfficer, { method: 'POST', body: JSON.stringify({ reasons: ['payment_details', 'other'], comment: 'Банк закрыт' }) }, { id: act.id });
    expect(returned).toMatchObject({ status: 200, body: { status: 'returned', returnReasons: ['payment_details', 'other'], returnComment: 'Банк закрыт', returnedBy: 'office', refusalReason: null } });
  });

  it('leaves every invariant intact when the connection dies in the middle of an approval (R9)', async () => {
    await db().transaction((tx) => allocateOfficeBudget(tx, { allocationId: randomUUID(), officeId: astanaOfficer.officeId!, year, amount: money('20000.00'), by: null, at: now() }));
    const { act } = await submittedAct();
    const approval = await prepareActApproval(db(), astanaOfficer, act.id, now());
    const before = await budget();
    if (database.url) {
      // On the server: the backend is killed after every write of the approval, before COMMIT.
      const victim = openDatabase({ url: database.url });
      await expect(
        victim.db.transaction(async (tx) => {
          const [{ pid }] = rowsOf<{ pid: number }>(await tx.execute(sql`select pg_backend_pid() as pid`)) as [{ pid: number }];
          await applySignedApproval(tx, approval, astanaOfficer, now());
          await db().execute(sql`select pg_terminate_backend(${pid})`);
          // Let the backend go and the client see its socket close first: a write racing the close
          // is refused inside postgres.js as an unhandled error instead of failing this query.
          for (let i = 0; i < 100 && Number(rowsOf<{ n: number }>(await db().execute(sql`select count(*)::int as n from pg_stat_activity where pid = ${pid}`))[0]?.n) > 0; i++) {
            await new Promise((resolve) => setTimeout(resolve, 20));
          }
          await new Promise((resolve) => setTimeout(resolve, 100));
          await tx.execute(sql`select 1`);
        }),
      ).rejects.toThrow();
      await victim.close().catch(() => undefined);
    } else {
      // PGlite has one connection and cannot lose it: the closest is a failure after every write, before COMMIT.
      await expect(
        db().transaction(async (tx) => {
          await applySignedApproval(tx, approval, astanaOfficer, now());
          throw new Error('connection lost');
        }),
      ).rejects.toThrow('connection lost');
    }
    expect(await statusOf(act.id)).toBe('submitted');
    expect(await db().$count(ledgerTransactions, and(eq(ledgerTransactions.sourceType, 'act'), eq(ledgerTransactions.sourceId, act.id)))).toBe(0);
    expect(await budget()).toBe(before);
    expect(ledgerHolds(await findLedgerProblems(db()))).toBe(true);
    // And the approval can still be made afterwards.
    await signAs(astanaOfficer, approval.id);
    expect(await statusOf(act.id)).toBe('approved');
  });
});
