import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { openDatabase, type Db } from '@/db/client';
import { auditLog, employmentOffices, ledgerAccounts, ledgerEntries, ledgerTransactions, providers } from '@/db/schema';
import { allocateOfficeBudget, assertBudgetCovers } from '@/lib/ledger/budget';
import { ledgerBalances, ledgerMovementsByPeriod } from '@/lib/ledger/balances';
import { checkLedgerInvariants, findLedgerProblems, ledgerHolds } from '@/lib/ledger/invariants';
import { postLedgerTransaction } from '@/lib/ledger/post-transaction';
import { reverseLedgerTransaction } from '@/lib/ledger/reverse-transaction';
import { money } from '@/lib/money';
import { seededTestDatabase } from '../support/database';
import { failure } from '../support/refusal';

/**
 * The ledger (issue 8, R1–R4): balanced, append-only, posted once per source, an office budget
 * never below zero; checked by the domain and, behind it, by the database itself.
 */
let database: Awaited<ReturnType<typeof seededTestDatabase>>;
const db = () => database.connection.db;
const at = new Date('2026-11-30T06:00:00Z');
/** A budget year of its own: the demo data allocates the current year's budgets. */
const YEAR = 2030;
const onServer = () => Boolean(database.url);
let officeId: string;
let providerId: string;

beforeAll(async () => {
  database = await seededTestDatabase(at);
  [{ id: officeId }] = (await db().select({ id: employmentOffices.id }).from(employmentOffices).limit(1)) as [{ id: string }];
  [{ id: providerId }] = (await db().select({ id: providers.id }).from(providers).limit(1)) as [{ id: string }];
}, 180_000);
afterAll(async () => {
  await database?.close();
});

/** An approval as issue 8 posts it: office budget → provider payable. */
const approval = (sourceId: string, amount: string, year = YEAR) => ({
  kind: 'approval' as const,
  source: { type: 'act', id: sourceId },
  period: '2026-11',
  postings: [
    { account: { kind: 'office_budget' as const, officeId, year }, amount: money(amount).negated() },
    { account: { kind: 'provider_payable' as const, providerId }, amount: money(amount) },
  ],
  by: null,
  at,
});

async function databaseError(work: Promise<unknown>): Promise<string> {
  const error = await work.then(() => null, (e: Error & { cause?: Error }) => e);
  if (!error) throw new Error('expected the database to refuse');
  return String(error.cause?.message ?? error.message);
}

const balances = async () => Object.fromEntries((await ledgerBalances(db(), { providerId })).map((b) => [b.account, b.balance]));
const budget = async (year = YEAR) => (await ledgerBalances(db(), { officeId })).find((b) => b.account === `office_budget:${year}`)?.balance;

describe(`ledger (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('allocates a budget, approves and pays, with every balance and period movement exact', async () => {
    await db().transaction((tx) => allocateOfficeBudget(tx, { allocationId: randomUUID(), officeId, year: YEAR, amount: money('10000.00'), by: null, at }));
    const approved = await db().transaction((tx) => postLedgerTransaction(tx, approval('act-1', '9567.93')));
    expect(approved).toMatchObject({ kind: 'approval', sourceId: 'act-1' });
    await db().transaction((tx) =>
      postLedgerTransaction(tx, {
        kind: 'payment',
        source: { type: 'act', id: 'act-1' },
        period: '2026-11',
        postings: [
          { account: { kind: 'provider_payable', providerId }, amount: money('-9567.93') },
          { account: { kind: 'provider_paid', providerId }, amount: money('9567.93') },
        ],
        by: null,
        at,
      }),
    );
    expect(await budget()).toBe('432.07');
    expect(await balances()).toEqual({ provider_payable: '0.00', provider_paid: '9567.93' });
    expect(await ledgerMovementsByPeriod(db(), { providerId })).toEqual([
      { account: 'provider_paid', period: '2026-11', amount: '9567.93' },
      { account: 'provider_payable', period: '2026-11', amount: '0.00' },
    ]);
    expect(ledgerHolds(await findLedgerProblems(db()))).toBe(true);
  });

  it('posts a source once: the second approval of the same act answers null and moves nothing', async () => {
    expect(await db().transaction((tx) => postLedgerTransaction(tx, approval('act-1', '100.00')))).toBeNull();
    expect(await db().$count(ledgerTransactions, and(eq(ledgerTransactions.kind, 'approval'), eq(ledgerTransactions.sourceId, 'act-1')))).toBe(1);
    expect(await budget()).toBe('432.07');
  });

  it('refuses, before writing, a transaction that does not balance, has one entry, or has parts of a tiyn', async () => {
    const base = approval('act-bad', '10.00');
    await expect(db().transaction((tx) => postLedgerTransaction(tx, { ...base, postings: [base.postings[0]!, { ...base.postings[1]!, amount: money('9.99') }] }))).rejects.toThrow(/sum to zero/);
    await expect(db().transaction((tx) => postLedgerTransaction(tx, { ...base, postings: [base.postings[0]!] }))).rejects.toThrow(/at least two/);
    await expect(
      db().transaction((tx) => postLedgerTransaction(tx, { ...base, postings: [{ ...base.postings[0]!, amount: money('-10').minus('0.001') }, { ...base.postings[1]!, amount: money('10').plus('0.001') }] })),
    ).rejects.toThrow(/whole tiyn/);
    expect(await db().$count(ledgerTransactions, eq(ledgerTransactions.sourceId, 'act-bad'))).toBe(0);
  });

  it('the database itself refuses at COMMIT a transaction that does not balance or has a single entry (R1)', async () => {
    const [account] = await db().select().from(ledgerAccounts).where(eq(ledgerAccounts.kind, 'provider_paid'));
    const write = (entries: string[]) =>
      db().transaction(async (tx) => {
        const [t] = await tx.insert(ledgerTransactions).values({ kind: 'payment', sourceType: 'test', sourceId: randomUUID(), period: '2026-11', createdAt: at }).returning();
        if (entries.length) await tx.insert(ledgerEntries).values(entries.map((amount) => ({ transactionId: t!.id, accountId: account!.id, amount })));
      });
    expect(await databaseError(write(['5.00', '-4.99']))).toMatch(/does not balance/);
    expect(await databaseError(write(['5.00']))).toMatch(/does not balance/);
    expect(await databaseError(write([]))).toMatch(/does not balance/);
    await write(['5.00', '-5.00']);
    expect(ledgerHolds(await findLedgerProblems(db()))).toBe(true);
  });

  it('keeps transactions, entries and balances append-only (R2)', async () => {
    expect(await databaseError(db().execute(sql`update ledger_entries set amount = amount * 2`))).toMatch(/append-only: UPDATE refused/);
    expect(await databaseError(db().execute(sql`delete from ledger_entries`))).toMatch(/append-only: DELETE refused/);
    expect(await databaseError(db().execute(sql`truncate ledger_entries cascade`))).toMatch(/append-only: TRUNCATE refused/);
    expect(await databaseError(db().execute(sql`update ledger_transactions set period = '2026-10'`))).toMatch(/append-only: UPDATE refused/);
    expect(await databaseError(db().execute(sql`delete from ledger_transactions`))).toMatch(/append-only: DELETE refused/);
    expect(await databaseError(db().execute(sql`update ledger_accounts set balance = balance + 1000000`))).toMatch(/balances move only by entries/);
    expect(await databaseError(db().execute(sql`delete from ledger_accounts`))).toMatch(/balances move only by entries/);
    expect(await budget()).toBe('432.07');
  });

  it('refuses an approval beyond the remaining budget, with both figures, and the database refuses one that skips the check', async () => {
    const refusal = await failure(db().transaction((tx) => assertBudgetCovers(tx, officeId, YEAR, money('432.08'))));
    expect(refusal).toMatchObject({ code: 'rule_violation', detail: 'errors.ledger.budget_exhausted', values: { year: YEAR, remaining: '432.07', amount: '432.08' } });
    await db().transaction((tx) => assertBudgetCovers(tx, officeId, YEAR, money('432.07')));
    // A year without an allocation has nothing to spend.
    expect((await failure(db().transaction((tx) => assertBudgetCovers(tx, officeId, YEAR + 1, money('0.01'))))).values).toMatchObject({ remaining: '0.00' });
    expect(await databaseError(db().transaction((tx) => postLedgerTransaction(tx, approval('act-over', '432.08'))))).toMatch(/ledger_accounts_budget_not_overspent/);
    expect(await budget()).toBe('432.07');
  });

  it('reverses a transaction once, with every entry negated in its period; a reversal is not reversed', async () => {
    await db().transaction((tx) => allocateOfficeBudget(tx, { allocationId: randomUUID(), officeId, year: YEAR, amount: money('1000.00'), by: null, at }));
    const posted = (await db().transaction((tx) => postLedgerTransaction(tx, approval('act-2', '1234.57'))))!;
    expect(await budget()).toBe('197.50');
    const reversal = (await db().transaction((tx) => reverseLedgerTransaction(tx, posted.id, { memo: 'act returned after approval', by: null, at })))!;
    expect(reversal).toMatchObject({ kind: 'reversal', reversesTransactionId: posted.id, period: '2026-11' });
    expect(await budget()).toBe('1432.07');
    expect(await db().transaction((tx) => reverseLedgerTransaction(tx, posted.id, { memo: 'again', by: null, at }))).toBeNull();
    await expect(db().transaction((tx) => reverseLedgerTransaction(tx, reversal.id, { memo: 'undo', by: null, at }))).rejects.toThrow(/not reversed/);
    expect(ledgerHolds(await findLedgerProblems(db()))).toBe(true);
  });

  it('posts one approval when many sessions approve the same act at once, and never spends the budget twice (R3)', async () => {
    const sessions: { db: Db; close?: () => Promise<void> }[] = onServer()
      ? Array.from({ length: 6 }, () => { const c = openDatabase({ url: database.url! }); return { db: c.db, close: () => c.close() }; })
      : [{ db: db() }];
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        sessions[i % sessions.length]!.db.transaction((tx) => postLedgerTransaction(tx, approval('act-race', '1000.00'))),
      ),
    );
    // And four different acts of 200 against the 432.07 left: two fit.
    const spend = await Promise.allSettled(
      Array.from({ length: 4 }, (_, i) =>
        sessions[i % sessions.length]!.db.transaction(async (tx) => {
          await assertBudgetCovers(tx, officeId, YEAR, money('200.00'));
          return postLedgerTransaction(tx, approval(`act-spend-${i}`, '200.00'));
        }),
      ),
    );
    await Promise.all(sessions.map((s) => s.close?.()));
    expect(results.filter((r) => r !== null)).toHaveLength(1);
    expect(spend.filter((r) => r.status === 'fulfilled')).toHaveLength(2);
    expect(await budget()).toBe('32.07');
    expect(ledgerHolds(await findLedgerProblems(db()))).toBe(true);
  });

  it('finds an entry altered behind the triggers and writes the breach to the audit log (R4)', async () => {
    await db().execute(sql`alter table ledger_entries disable trigger ledger_entries_no_update`);
    await db().execute(sql`update ledger_entries set amount = amount + 1 where id = (select min(id) from ledger_entries)`);
    await db().execute(sql`alter table ledger_entries enable trigger ledger_entries_no_update`);
    const problems = await checkLedgerInvariants(db());
    expect(problems.total).toBe('1.00');
    expect(problems.unbalancedTransactions).toHaveLength(1);
    expect(problems.driftedAccounts).toHaveLength(1);
    expect(await db().$count(auditLog, eq(auditLog.action, 'ledger.invariant_broken'))).toBe(1);
  });
});
