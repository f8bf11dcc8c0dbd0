import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { acts, notifications, orders, paymentRegistryActs } from '@/db/schema';
import { formAct } from '@/lib/acts/form-act';
import { actLedgerPostings } from '@/lib/acts/queries';
import { prepareActApproval } from '@/lib/acts/review-act';
import { submitAct } from '@/lib/acts/submit-act';
import type { Actor } from '@/lib/auth/actor';
import { now } from '@/lib/clock';
import { recordJournalEntry } from '@/lib/journals/record-entry';
import { journalEntryInputSchema } from '@/lib/journals/schemas';
import { ledgerBalances } from '@/lib/ledger/balances';
import { allocateOfficeBudget } from '@/lib/ledger/budget';
import { findLedgerProblems, ledgerHolds } from '@/lib/ledger/invariants';
import { money } from '@/lib/money';
import { formPaymentRegistry } from '@/lib/payments/form-registry';
import { markRegistryPaid } from '@/lib/payments/mark-paid';
import { registryCsv } from '@/lib/payments/registry-file';
import { demoActors } from '../support/actors';
import { POST as formRegistryRoute } from '@/app/api/v1/payment-registries/route';
import { GET as registryCsvRoute } from '@/app/api/v1/payment-registries/[id]/csv/route';
import { POST as registryPaidRoute } from '@/app/api/v1/payment-registries/[id]/paid/route';
import { seededTestDatabase } from '../support/database';
import { journalFixtures } from '../support/journal-orders';
import { failure } from '../support/refusal';
import { documentSigner } from '../support/signing';
import { callRoute, type RouteHandler } from '../support/api-call';

/** Payments (issue 8, point 7): a registry of approved acts for the treasury, marked paid; the ledger's payable → paid. */
let database: Awaited<ReturnType<typeof seededTestDatabase>>;
const db = () => database.connection.db;
const inNovember = new Date('2026-11-28T10:00:00Z');
const onFirstDecember = new Date('2026-12-01T06:00:00Z');
let entrepreneur: Actor;
let assistantWorker: Actor;
let astanaOfficer: Actor;
let karagandaOfficer: Actor;
let client: Actor;

beforeAll(async () => {
  database = await seededTestDatabase(inNovember, { pki: true });
  ({ entrepreneur, assistantWorker, astanaOfficer, karagandaOfficer, client } = await demoActors(db(), database.accounts));
  await db().transaction((tx) => allocateOfficeBudget(tx, { allocationId: randomUUID(), officeId: astanaOfficer.officeId!, year: Number(now().toISOString().slice(0, 4)), amount: money('100000.00'), by: null, at: now() }));
}, 180_000);
afterAll(async () => {
  await database?.close();
});

const { runningOrder, recipientActor } = journalFixtures(db, () => client, inNovember, '950505');
const signAs = documentSigner(db, () => database.dataDir);

/** An approved act of `minutes` of the assistant at 1,000.00 an hour (reimbursed in full: the seeded sum is higher or equal). */
async function approvedAct(minutes: number) {
  const { order, person } = await runningOrder('SRV-ASSISTANT', entrepreneur.providerId!);
  await db().update(orders).set({ unitPrice: '1000.00' }).where(eq(orders.id, order.id));
  await recordJournalEntry(db(), assistantWorker, journalEntryInputSchema.parse({ orderId: order.id, date: '2026-11-10', minutes }), inNovember);
  const { act } = await formAct(db(), entrepreneur, { orderId: order.id, period: '2026-11' }, onFirstDecember);
  await signAs(entrepreneur, act.documentId!);
  await signAs(assistantWorker, act.documentId!);
  await signAs(await recipientActor(person), act.documentId!);
  await submitAct(db(), entrepreneur, act.id, onFirstDecember);
  await signAs(astanaOfficer, (await prepareActApproval(db(), astanaOfficer, act.id, now())).id);
  return (await db().select().from(acts).where(eq(acts.id, act.id)))[0]!;
}

describe('payment registries', () => {
  it('puts the approved acts in a registry with a treasury file, marks it paid once, and posts payable → paid per act', async () => {
    const first = await approvedAct(90);
    const second = await approvedAct(61);
    expect((await failure(formPaymentRegistry(db(), entrepreneur, {}, now()))).code).toBe('forbidden');
    const registry = await formPaymentRegistry(db(), astanaOfficer, {}, now());
    expect(registry).toMatchObject({ status: 'formed', actCount: 2 });
    expect(money(registry.total).toFixed(2)).toBe(money(first.reimbursed).plus(second.reimbursed).toFixed(2));
    // An act is in one registry at most.
    expect((await failure(formPaymentRegistry(db(), astanaOfficer, {}, now()))).detail).toBe('errors.payments.nothing_to_pay');
    expect((await failure(formPaymentRegistry(db(), astanaOfficer, { actIds: [first.id] }, now()))).detail).toBe('errors.payments.act_not_payable');

    const csv = await registryCsv(db(), registry.id);
    const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('provider_bin,provider_name,iban,bik,amount,acts');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(registry.total);
    expect(lines[1]!.split(',').at(-1)!.split(';').sort()).toEqual([first.number, second.number].sort());

    const paidBefore = money((await ledgerBalances(db(), { providerId: entrepreneur.providerId! })).find((b) => b.account === 'provider_paid')?.balance ?? '0');
    expect((await failure(markRegistryPaid(db(), karagandaOfficer, registry.id, now()))).code).toBe('not_found');
    const paid = await markRegistryPaid(db(), astanaOfficer, registry.id, now());
    expect(paid.status).toBe('paid');
    expect((await failure(markRegistryPaid(db(), astanaOfficer, registry.id, now()))).detail).toBe('errors.payments.already_paid');
    for (const act of [first, second]) {
      expect((await db().select({ status: acts.status }).from(acts).where(eq(acts.id, act.id)))[0]!.status).toBe('paid');
      expect((await actLedgerPostings(db(), act)).map((p) => [p.kind, p.amount])).toEqual([
        ['approval', act.reimbursed],
        ['payment', act.reimbursed],
      ]);
      expect(await db().$count(notifications, and(eq(notifications.kind, 'act_paid'), eq(notifications.providerId, entrepreneur.providerId!)))).toBeGreaterThanOrEqual(1);
    }
    const paidAfter = money((await ledgerBalances(db(), { providerId: entrepreneur.providerId! })).find((b) => b.account === 'provider_paid')!.balance);
    expect(paidAfter.minus(paidBefore).toFixed(2)).toBe(registry.total);
    expect(await db().$count(paymentRegistryActs, eq(paymentRegistryActs.registryId, registry.id))).toBe(2);
    expect(ledgerHolds(await findLedgerProblems(db()))).toBe(true);
  });
});

describe('the payments API', () => {
  function call(handler: RouteHandler, url: string, actor: Actor, init: RequestInit = {}, params: Record<string, string> = {}) {
    return callRoute(db(), handler, url, actor, { ...init, params });
  }

  it('forms a registry, serves its file only to its office, and marks it paid', async () => {
    const act = await approvedAct(30);
    const formed = await call(formRegistryRoute, '/api/v1/payment-registries', astanaOfficer, { method: 'POST', body: JSON.stringify({ actIds: [act.id] }) });
    expect(formed.status).toBe(201);
    const registry = (await formed.json()) as { id: string; total: string; fileUrl: string };
    expect(registry.total).toBe(act.reimbursed);
    const file = await call(registryCsvRoute, registry.fileUrl, astanaOfficer, {}, { id: registry.id });
    expect(file.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(await file.text()).toContain(act.number);
    expect((await call(registryCsvRoute, registry.fileUrl, karagandaOfficer, {}, { id: registry.id })).status).toBe(404);
    expect((await call(registryCsvRoute, registry.fileUrl, entrepreneur, {}, { id: registry.id })).status).toBe(403);
    const paid = await call(registryPaidRoute, `/api/v1/payment-registries/${registry.id}/paid`, astanaOfficer, { method: 'POST' }, { id: registry.id });
    expect(paid.status).toBe(200);
    expect(await paid.json()).toMatchObject({ status: 'paid', paidAt: expect.any(String) });
  });
});
