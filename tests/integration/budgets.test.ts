import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { openDatabase, type Db } from '@/db/client';
import { auditLog, ledgerAccounts, ledgerEntries, ledgerTransactions, providers, users } from '@/db/schema';
import { GET as budgetRoute, POST as allocateRoute } from '@/app/api/v1/ledger/budgets/route';
import { issueApiToken, type Actor } from '@/lib/auth/actor';
import { almatyDateOf } from '@/lib/calendar/local-date';
import { now } from '@/lib/clock';
import { allocateBudget } from '@/lib/ledger/allocate-budget';
import { getBudgetSummary, listBudgetAllocations, listBudgetSummaries } from '@/lib/ledger/budget-summary';
import { findLedgerProblems, ledgerHolds } from '@/lib/ledger/invariants';
import { postLedgerTransaction } from '@/lib/ledger/post-transaction';
import { reverseLedgerTransaction } from '@/lib/ledger/reverse-transaction';
import { budgetAllocationSchema, type BudgetAllocationInput } from '@/lib/ledger/schemas';
import { money } from '@/lib/money';
import { officeBudgetOfYear } from '@/lib/payments/page-office-payments';
import { actorOf, demoActors } from '../support/actors';
import { seededTestDatabase } from '../support/database';
import { failure } from '../support/refusal';

/**
 * Employment-office budgets allocated by people (issue 8 follow-up): an administrator allocates or
 * reduces an office's budget for the current or next year, once per allocation id, audited; the
 * summary (allocated, spent, paid, left) comes from the ledger.
 */
let database: Awaited<ReturnType<typeof seededTestDatabase>>;
const db = () => database.connection.db;
/** Mid-2029: the demo's budgets are for the year the database was seeded in, so 2029 and 2030 are this file's own. */
const at = new Date('2029-06-15T06:00:00Z');
const onServer = () => Boolean(database.url);
let admin: Actor;
let astanaOfficer: Actor;
let karagandaOfficer: Actor;
let entrepreneur: Actor;
let officeId: string;
let providerId: string;

beforeAll(async () => {
  database = await seededTestDatabase();
  const actors = await demoActors(db(), database.accounts);
  ({ astanaOfficer, karagandaOfficer, entrepreneur } = actors);
  admin = await actorOf(db(), database.accounts.find((a) => a.role === 'administrator')!.login);
  officeId = astanaOfficer.officeId!;
  [{ id: providerId }] = (await db().select({ id: providers.id }).from(providers).limit(1)) as [{ id: string }];
}, 180_000);
afterAll(async () => {
  await database?.close();
});

const input = (fields: Partial<BudgetAllocationInput> = {}): BudgetAllocationInput =>
  budgetAllocationSchema.parse({ allocationId: randomUUID(), officeId, year: 2030, amount: '1000000', basis: 'Постановление акимата № 12 от 10.01.2030', ...fields });

const allocationsOf = (allocationId: string) => db().select().from(ledgerTransactions).where(and(eq(ledgerTransactions.kind, 'allocation'), eq(ledgerTransactions.sourceId, allocationId)));
const allocationCount = () => db().$count(ledgerTransactions, eq(ledgerTransactions.kind, 'allocation'));
const summary = (year: number, office = officeId) => getBudgetSummary(db(), admin, office, year);

async function call(handler: typeof budgetRoute, url: string, actor: Actor, init: RequestInit = {}) {
  const [user] = await db().select().from(users).where(eq(users.id, actor.userId));
  const { token } = await issueApiToken(db(), user!);
  return handler(new Request(`http://qamqor.test${url}`, { ...init, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'accept-language': 'ru', ...init.headers } }), { params: Promise.resolve({}) });
}

describe(`office budgets allocated by people (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('posts an allocation as one balanced transaction that raises the budget, with its basis, author and an audit entry', async () => {
    const before = await summary(2030, karagandaOfficer.officeId!);
    const request = input({ officeId: karagandaOfficer.officeId!, amount: '2500000,50' });
    const { allocation, budget, created } = await allocateBudget(db(), admin, request, at);
    expect(created).toBe(true);
    expect(allocation).toMatchObject({ allocationId: request.allocationId, officeId: karagandaOfficer.officeId, year: 2030, operation: 'allocate', amount: '2500000.50', basis: request.basis, by: admin.name });
    const [posted, ...more] = await allocationsOf(request.allocationId);
    expect(more).toHaveLength(0);
    expect(posted).toMatchObject({ memo: request.basis, createdBy: admin.userId, period: '2030-01' });
    const entries = await db()
      .select({ kind: ledgerAccounts.kind, officeId: ledgerAccounts.officeId, year: ledgerAccounts.year, amount: ledgerEntries.amount })
      .from(ledgerEntries)
      .innerJoin(ledgerAccounts, eq(ledgerAccounts.id, ledgerEntries.accountId))
      .where(eq(ledgerEntries.transactionId, posted!.id));
    expect(entries).toEqual(
      expect.arrayContaining([
        { kind: 'state_funding', officeId: null, year: 0, amount: '-2500000.50' },
        { kind: 'office_budget', officeId: karagandaOfficer.officeId, year: 2030, amount: '2500000.50' },
      ]),
    );
    expect(entries).toHaveLength(2);
    expect(money(budget.left).minus(money(before.left)).toFixed(2)).toBe('2500000.50');
    expect(budget.allocated).toBe(budget.left);
    const [audit] = await db().select().from(auditLog).where(and(eq(auditLog.action, 'ledger.budget_allocate'), eq(auditLog.entityId, `${karagandaOfficer.officeId}:2030`)));
    expect(audit).toMatchObject({ actorUserId: admin.userId, reason: request.basis, data: expect.objectContaining({ allocationId: request.allocationId, amount: '2500000.50' }) });
    expect((await listBudgetAllocations(db(), admin))[0]).toEqual(allocation);
  });

  it('allocates once for the same allocation id, and refuses the id for other figures', async () => {
    const request = input({ amount: '300000' });
    const first = await allocateBudget(db(), admin, request, at);
    const again = await allocateBudget(db(), admin, request, at);
    expect(again).toMatchObject({ created: false, allocation: first.allocation, budget: first.budget });
    expect(await allocationsOf(request.allocationId)).toHaveLength(1);
    const count = await allocationCount();
    expect(await failure(allocateBudget(db(), admin, { ...request, amount: '300001.00' }, at))).toMatchObject({ code: 'conflict', detail: 'errors.ledger.allocation_id_reused' });
    expect(await failure(allocateBudget(db(), admin, { ...request, operation: 'reduce' }, at))).toMatchObject({ code: 'conflict' });
    expect(await allocationCount()).toBe(count);
    expect((await summary(2030)).left).toBe(first.budget.left);
  });

  it('allocates once when two sessions send the same allocation at the same moment', async () => {
    const sessions: { db: Db; close?: () => Promise<void> }[] = onServer()
      ? Array.from({ length: 2 }, () => {
          const c = openDatabase({ url: database.url! });
          return { db: c.db, close: () => c.close() };
        })
      : [{ db: db() }, { db: db() }];
    const before = money((await summary(2030)).left);
    const request = input({ amount: '777.77' });
    const answers = await Promise.all(sessions.map((s) => allocateBudget(s.db, admin, request, at)));
    await Promise.all(sessions.map((s) => s.close?.()));
    expect(answers.map((a) => a.created).sort()).toEqual([false, true]);
    expect(answers[0]!.allocation).toEqual(answers[1]!.allocation);
    expect(await allocationsOf(request.allocationId)).toHaveLength(1);
    expect(money((await summary(2030)).left).minus(before).toFixed(2)).toBe('777.77');
  });

  it('refuses bad amounts with a field error, in the API too, and writes nothing', async () => {
    for (const [amount, message] of [
      ['0', 'validation.money_range'],
      ['0.00', 'validation.money_range'],
      ['-500', 'validation.money_range'],
      ['100.123', 'validation.money_format'],
      ['десять тысяч', 'validation.money_format'],
      ['', 'validation.money_format'],
      ['100000000000.01', 'validation.money_range'],
    ] as const) {
      const parsed = budgetAllocationSchema.safeParse({ allocationId: randomUUID(), officeId, year: 2030, amount, basis: 'Приказ № 1' });
      expect(parsed.success, amount).toBe(false);
      expect(parsed.error!.issues.map((i) => `${i.path.join('.')}:${i.message}`), amount).toEqual([`amount:${message}`]);
    }
    const count = await allocationCount();
    const answer = await call(allocateRoute, '/api/v1/ledger/budgets', admin, { method: 'POST', body: JSON.stringify({ allocationId: randomUUID(), officeId, year: 2030, amount: '100.123', basis: 'Приказ № 1' }) });
    expect(answer.status).toBe(422);
    expect(answer.headers.get('content-type')).toContain('application/problem+json');
    const problem = (await answer.json()) as { errors: { field: string; message: string }[] };
    expect(problem.errors).toEqual([{ field: 'amount', message: expect.stringContaining('12500,50') }]);
    expect(await allocationCount()).toBe(count);
  });

  it('refuses a year other than the current or the next, and an unknown office, on their fields', async () => {
    const count = await allocationCount();
    expect(await failure(allocateBudget(db(), admin, input({ year: 2028 }), at))).toMatchObject({ code: 'validation_failed', fields: ['year:validation.ledger.budget_year'], values: {} });
    expect(await failure(allocateBudget(db(), admin, input({ year: 2031 }), at))).toMatchObject({ fields: ['year:validation.ledger.budget_year'] });
    expect(await failure(allocateBudget(db(), admin, input({ officeId: randomUUID() }), at))).toMatchObject({ fields: ['officeId:validation.ledger.unknown_office'] });
    expect(await allocationCount()).toBe(count);
  });

  it('lets only administrators allocate (403 through the API), and officers read only their own office', async () => {
    const count = await allocationCount();
    for (const actor of [astanaOfficer, entrepreneur]) {
      expect(await failure(allocateBudget(db(), actor, input(), at))).toMatchObject({ code: 'forbidden' });
      const answer = await call(allocateRoute, '/api/v1/ledger/budgets', actor, { method: 'POST', body: JSON.stringify({ allocationId: randomUUID(), officeId, year: 2030, amount: '1000', basis: 'Приказ № 1' }) });
      expect(answer.status).toBe(403);
      expect(answer.headers.get('content-type')).toContain('application/problem+json');
    }
    expect(await failure(listBudgetSummaries(db(), astanaOfficer, [2030]))).toMatchObject({ code: 'forbidden' });
    expect(await failure(listBudgetAllocations(db(), astanaOfficer))).toMatchObject({ code: 'forbidden' });
    expect(await allocationCount()).toBe(count);

    const own = await call(budgetRoute, `/api/v1/ledger/budgets?office=${officeId}&year=2030`, astanaOfficer);
    expect(own.status).toBe(200);
    const { exists: _exists, ...ownSummary } = await summary(2030);
    expect(await own.json()).toEqual(ownSummary);
    expect((await call(budgetRoute, `/api/v1/ledger/budgets?office=${officeId}&year=2030`, karagandaOfficer)).status).toBe(404);
    expect((await call(budgetRoute, `/api/v1/ledger/budgets?office=${officeId}&year=2030`, entrepreneur)).status).toBe(404);
    expect((await call(budgetRoute, `/api/v1/ledger/budgets?office=${officeId}&year=двадцать`, admin)).status).toBe(422);
  });

  it('answers allocations through the API, replaying a retried Idempotency-Key and posting a repeated allocation id once', async () => {
    // The route runs on the portal's clock: next year's budget is open to allocation.
    const year = Number(almatyDateOf(now()).slice(0, 4)) + 1;
    const before = money((await summary(year)).allocated);
    const body = JSON.stringify({ allocationId: randomUUID(), officeId, year, amount: '15000.5', basis: 'Постановление № 7 от 01.06' });
    const key = randomUUID();
    const first = await call(allocateRoute, '/api/v1/ledger/budgets', admin, { method: 'POST', body, headers: { 'idempotency-key': key } });
    expect(first.status).toBe(201);
    const answer = (await first.json()) as { allocation: { amount: string }; budget: { left: string } };
    expect(answer.allocation.amount).toBe('15000.50');
    const replay = await call(allocateRoute, '/api/v1/ledger/budgets', admin, { method: 'POST', body, headers: { 'idempotency-key': key } });
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(await replay.json()).toEqual(answer);
    const sameId = await call(allocateRoute, '/api/v1/ledger/budgets', admin, { method: 'POST', body });
    expect(sameId.status).toBe(201);
    expect(await sameId.json()).toEqual(answer);
    expect(money((await summary(year)).allocated).minus(before).toFixed(2)).toBe('15000.50');
  });

  it('sums up allocated, spent, paid and left after approvals, a payment, a reversal and a reduction, and refuses a reduction beyond what is left', async () => {
    const office = karagandaOfficer.officeId!;
    const start = await summary(2029, office);
    expect(start).toMatchObject({ allocated: '0.00', spent: '0.00', paid: '0.00', left: '0.00', exists: false });
    await allocateBudget(db(), admin, input({ officeId: office, year: 2029, amount: '10000' }), at);
    const approve = (act: string, amount: string) =>
      db().transaction((tx) =>
        postLedgerTransaction(tx, {
          kind: 'approval',
          source: { type: 'act', id: act },
          period: '2029-05',
          postings: [
            { account: { kind: 'office_budget', officeId: office, year: 2029 }, amount: money(amount).negated() },
            { account: { kind: 'provider_payable', providerId }, amount: money(amount) },
          ],
          by: null,
          at,
        }),
      );
    await approve('budget-act-1', '2500.50');
    await approve('budget-act-2', '1200.00');
    const third = await approve('budget-act-3', '99.99');
    await db().transaction((tx) =>
      postLedgerTransaction(tx, {
        kind: 'payment',
        source: { type: 'act', id: 'budget-act-1' },
        period: '2029-05',
        postings: [
          { account: { kind: 'provider_payable', providerId }, amount: money('-2500.50') },
          { account: { kind: 'provider_paid', providerId }, amount: money('2500.50') },
        ],
        by: null,
        at,
      }),
    );
    await db().transaction((tx) => reverseLedgerTransaction(tx, third!.id, { memo: 'approved in error', by: null, at }));
    expect(await summary(2029, office)).toEqual({ officeId: office, year: 2029, allocated: '10000.00', spent: '3700.50', paid: '2500.50', left: '6299.50', exists: true });

    const count = await allocationCount();
    const beyond = await failure(allocateBudget(db(), admin, input({ officeId: office, year: 2029, operation: 'reduce', amount: '6299.51' }), at));
    expect(beyond).toMatchObject({ code: 'validation_failed', fields: ['amount:validation.ledger.reduction_beyond_left'] });
    expect(await allocationCount()).toBe(count);
    const reduction = input({ officeId: office, year: 2029, operation: 'reduce', amount: '6000' });
    const reduced = await allocateBudget(db(), admin, reduction, at);
    expect(reduced.allocation).toMatchObject({ operation: 'reduce', amount: '6000.00' });
    // Sent again, it is the same reduction, not one beyond what is now left.
    expect(await allocateBudget(db(), admin, reduction, at)).toMatchObject({ created: false, allocation: reduced.allocation, budget: reduced.budget });
    expect(reduced.budget).toEqual({ officeId: office, year: 2029, allocated: '4000.00', spent: '3700.50', paid: '2500.50', left: '299.50' });
    expect(await db().$count(auditLog, and(eq(auditLog.action, 'ledger.budget_reduce'), eq(auditLog.entityId, `${office}:2029`)))).toBe(1);

    // The office's payments page reads the same summary, and the administrators' table too.
    const shown = reduced.budget;
    expect(await officeBudgetOfYear(db(), karagandaOfficer, 2029)).toEqual(shown);
    const table = await listBudgetSummaries(db(), admin, [2029, 2030]);
    expect(table.find((row) => row.office.id === office)!.years[0]).toEqual(shown);
    expect(ledgerHolds(await findLedgerProblems(db()))).toBe(true);
  });
});
