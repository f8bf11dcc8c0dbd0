import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { openDatabase, rowsOf, type Db } from '@/db/client';
import { auditLog, ledgerAccounts, ledgerEntries, ledgerTransactions, providers } from '@/db/schema';
import { GET as budgetRoute, POST as allocateRoute } from '@/app/api/v1/ledger/budgets/route';
import type { Actor } from '@/lib/auth/actor';
import { almatyDateOf } from '@/lib/calendar/local-date';
import { now } from '@/lib/clock';
import { allocateBudget, checkBudgetAllocation, MAX_BUDGET_BALANCE } from '@/lib/ledger/allocate-budget';
import { getBudgetSummary, listBudgetAllocations, listBudgetSummaries } from '@/lib/ledger/budget-summary';
import { findLedgerProblems, ledgerHolds } from '@/lib/ledger/invariants';
import { postLedgerTransaction } from '@/lib/ledger/post-transaction';
import { reverseLedgerTransaction } from '@/lib/ledger/reverse-transaction';
import { budgetAllocationSchema, MAX_BUDGET_AMOUNT, type BudgetAllocationInput } from '@/lib/ledger/schemas';
import { problemFor } from '@/lib/api/problem';
import { AppError } from '@/lib/errors';
import { displayTenge } from '@/lib/i18n/format';
import { money } from '@/lib/money';
import { officeBudgetOfYear } from '@/lib/payments/page-office-payments';
import { actorOf, demoActors } from '../support/actors';
import { seededTestDatabase } from '../support/database';
import { failure } from '../support/refusal';
import { callRoute, type RouteHandler } from '../support/api-call';

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

/** Intl's group separator is a no-break space; compared with plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

const allocationsOf = (allocationId: string) => db().select().from(ledgerTransactions).where(and(eq(ledgerTransactions.kind, 'allocation'), eq(ledgerTransactions.sourceId, allocationId)));
const allocationCount = () => db().$count(ledgerTransactions, eq(ledgerTransactions.kind, 'allocation'));
const summary = (year: number, office = officeId) => getBudgetSummary(db(), admin, office, year);

function call(handler: RouteHandler, url: string, actor: Actor, init: RequestInit = {}) {
  return callRoute(db(), handler, url, actor, init);
}

/**
 * Runs the call in two sessions at once. On PostgreSQL a third holds the state funding account
 * (which every allocation locks first) until both calls wait for it, so both have looked for
 * their allocation id before either posts; PGlite has one connection, and runs them in turn.
 */
async function sameMoment<T>(call: (session: Db) => Promise<T>): Promise<T[]> {
  if (!onServer()) return Promise.all([call(db()), call(db())]);
  const connections = Array.from({ length: 3 }, () => openDatabase({ url: database.url! }));
  const [holder, ...sessions] = connections as [ReturnType<typeof openDatabase>, ...ReturnType<typeof openDatabase>[]];
  try {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let held!: () => void;
    const holding = new Promise<void>((resolve) => (held = resolve));
    const hold = holder.db.transaction(async (tx) => {
      await tx.select({ id: ledgerAccounts.id }).from(ledgerAccounts).where(eq(ledgerAccounts.kind, 'state_funding')).for('update');
      held();
      await released;
    });
    await holding;
    const answers = Promise.all(sessions.map((s) => call(s.db)));
    const waiting = async () => rowsOf<{ n: number }>(await db().execute(sql`select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`))[0]!.n;
    for (let tries = 0; (await waiting()) < 2; tries++) if (tries > 2000) throw new Error('the two sessions never waited for the lock');
    release();
    await hold;
    return await answers;
  } finally {
    await Promise.all(connections.map((c) => c.close()));
  }
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
    const before = money((await summary(2030)).left);
    const request = input({ amount: '777.77' });
    const answers = await sameMoment((session) => allocateBudget(session, admin, request, at));
    expect(answers.map((a) => a.created).sort()).toEqual([false, true]);
    expect(answers[0]!.allocation).toEqual(answers[1]!.allocation);
    expect(await allocationsOf(request.allocationId)).toHaveLength(1);
    expect(money((await summary(2030)).left).minus(before).toFixed(2)).toBe('777.77');
  });

  it('reduces once when two sessions send the same reduction at the same moment, rather than refusing the second as beyond what is left', async () => {
    const year = 2030;
    const office = karagandaOfficer.officeId!;
    await allocateBudget(db(), admin, input({ officeId: office, year, amount: '1000' }), at);
    const before = money((await summary(year, office)).left);
    // More than half of what is left: the second, judged on what the first left, would go beyond it.
    const request = input({ officeId: office, year, operation: 'reduce', amount: before.minus('1').toFixed(2) });
    const answers = await sameMoment((session) => allocateBudget(session, admin, request, at));
    expect(answers.map((a) => a.created).sort()).toEqual([false, true]);
    expect(answers[0]!.allocation).toEqual(answers[1]!.allocation);
    expect(answers[0]!.budget).toEqual(answers[1]!.budget);
    expect(await allocationsOf(request.allocationId)).toHaveLength(1);
    expect((await summary(year, office)).left).toBe('1.00');
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

  it('refuses, on the amount, an allocation that would take a budget past 999,999,999,999.99 tenge, and the summary still adds up', async () => {
    // Astana's 2029 budget is this test's own: nine allocations of the largest amount, then up to the largest balance.
    for (let i = 0; i < 9; i++) await allocateBudget(db(), admin, input({ year: 2029, amount: MAX_BUDGET_AMOUNT }), at);
    const full = await allocateBudget(db(), admin, input({ year: 2029, amount: '99999999999.99' }), at);
    expect(full.budget).toMatchObject({ allocated: MAX_BUDGET_BALANCE, left: MAX_BUDGET_BALANCE });
    const count = await allocationCount();
    const beyond = input({ year: 2029, amount: '0.01' });
    for (const refusal of [await failure(checkBudgetAllocation(db(), admin, beyond, at)), await failure(allocateBudget(db(), admin, beyond, at))]) {
      expect(refusal).toMatchObject({ code: 'validation_failed', fields: ['amount:validation.ledger.budget_beyond_max'] });
    }
    expect(await allocationCount()).toBe(count);
    expect((await summary(2029)).left).toBe(MAX_BUDGET_BALANCE);
    // A reduction makes room again, and the message says how much there is, in the reader's conventions.
    await allocateBudget(db(), admin, input({ year: 2029, operation: 'reduce', amount: '1250000.50' }), at);
    const refusal = await allocateBudget(db(), admin, input({ year: 2029, amount: '1250000.51' }), at).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(AppError);
    const problem = problemFor(refusal as AppError, 'ru');
    expect(plain(problem.errors![0]!.message)).toBe('Бюджет на 2029 год не может превышать 999 999 999 999,99 ₸: в нём уже 999 998 749 999,49 ₸, добавить можно не больше 1 250 000,50 ₸.');
  });

  it("runs the posting's checks read-only at the check step: the year, the office, what is left", async () => {
    const count = await allocationCount();
    const office = karagandaOfficer.officeId!;
    await expect(checkBudgetAllocation(db(), admin, input({ officeId: office, year: 2030, amount: '100' }), at)).resolves.toBeUndefined();
    expect(await failure(checkBudgetAllocation(db(), admin, input({ year: 2031 }), at))).toMatchObject({ fields: ['year:validation.ledger.budget_year'] });
    expect(await failure(checkBudgetAllocation(db(), admin, input({ officeId: randomUUID() }), at))).toMatchObject({ fields: ['officeId:validation.ledger.unknown_office'] });
    const left = (await summary(2030, office)).left;
    const beyond = await failure(checkBudgetAllocation(db(), admin, input({ officeId: office, year: 2030, operation: 'reduce', amount: money(left).plus('0.01').toFixed(2) }), at));
    expect(beyond).toMatchObject({ fields: ['amount:validation.ledger.reduction_beyond_left'], values: {} });
    expect(await failure(checkBudgetAllocation(db(), astanaOfficer, input(), at))).toMatchObject({ code: 'forbidden' });
    // Karaganda's 2029 has nothing allocated yet: the check refuses the reduction and makes no account.
    const accounts = await db().$count(ledgerAccounts);
    expect(await failure(checkBudgetAllocation(db(), admin, input({ officeId: office, year: 2029, operation: 'reduce', amount: '1' }), at))).toMatchObject({ code: 'validation_failed' });
    expect(await db().$count(ledgerAccounts)).toBe(accounts);
    expect(await allocationCount()).toBe(count);
  });

  it("says the amounts of a reduction beyond what is left and of an exhausted budget as tenge, in the API's problem too", async () => {
    const year = Number(almatyDateOf(now()).slice(0, 4)) + 1;
    const office = karagandaOfficer.officeId!;
    await allocateBudget(db(), admin, input({ officeId: office, year, amount: '1250000.5' }), now());
    const left = (await summary(year, office)).left;
    const answer = await call(allocateRoute, '/api/v1/ledger/budgets', admin, { method: 'POST', body: JSON.stringify({ allocationId: randomUUID(), officeId: office, year, operation: 'reduce', amount: '99000000000', basis: 'Приказ № 3' }) });
    expect(answer.status).toBe(422);
    const problem = (await answer.json()) as { errors: { field: string; message: string }[] };
    expect(problem.errors.map((e) => ({ ...e, message: plain(e.message) }))).toEqual([{ field: 'amount', message: `В бюджете на ${year} год осталось ${plain(displayTenge(left, 'ru'))} (остальное израсходовано на одобренные акты): уменьшить больше нельзя.` }]);
    const exhausted = new AppError('rule_violation', { detailKey: 'errors.ledger.budget_exhausted', values: { year, remaining: '432.07', amount: '1250000.50' } });
    expect(plain(problemFor(exhausted, 'ru').detail)).toBe(`В бюджете отдела на ${year} год осталось 432,07 ₸: этого не хватает, чтобы утвердить акт на 1 250 000,50 ₸.`);
    for (const locale of ['kk', 'en'] as const) expect(problemFor(exhausted, locale).detail).toContain(displayTenge('1250000.50', locale));
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
