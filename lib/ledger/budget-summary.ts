import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '@/db/client';
import { employmentOffices, ledgerAccounts, ledgerEntries, ledgerTransactions, users } from '@/db/schema';
import { assertPermission, type Actor } from '@/lib/auth/actor';
import { formatTenge, money } from '@/lib/money';
import { assertMayReadLedger } from './balances';
import { BUDGET_ALLOCATION_SOURCE } from './budget';
import type { BudgetAllocationView, BudgetSummary } from './schemas';

/**
 * The one way an office's budget for a year is summed up, from the ledger alone:
 * - allocated: what allocation transactions moved into the budget account (reductions negative),
 * - spent: what approvals took from it (a reversal counts with the transaction it reverses),
 * - paid: of the acts approved on this budget, what the treasury paid (their payment postings),
 * - left: the account's balance, which the database keeps and never lets fall below zero.
 * allocated − spent = left whenever R4's invariants hold.
 */

const reversed = alias(ledgerTransactions, 'reversed');
const approval = alias(ledgerTransactions, 'approval');
const payment = alias(ledgerTransactions, 'payment');
const paidEntry = alias(ledgerEntries, 'paid_entry');
const paidAccount = alias(ledgerAccounts, 'paid_account');

const key = (officeId: string, year: number) => `${officeId}:${year}`;

/** Summaries of the office budget accounts in the filter; an office and year without an account has none. */
async function summariesWhere(db: Db, where: SQL): Promise<Map<string, BudgetSummary>> {
  const budgets = and(eq(ledgerAccounts.kind, 'office_budget'), where)!;
  const kindOf = sql`coalesce(${reversed.kind}, ${ledgerTransactions.kind})`;
  const [moved, paid] = await Promise.all([
    db
      .select({
        officeId: ledgerAccounts.officeId,
        year: ledgerAccounts.year,
        balance: ledgerAccounts.balance,
        allocated: sql<string>`coalesce(sum(${ledgerEntries.amount}) filter (where ${kindOf} = 'allocation'), 0)::text`,
        spent: sql<string>`coalesce(-sum(${ledgerEntries.amount}) filter (where ${kindOf} = 'approval'), 0)::text`,
      })
      .from(ledgerAccounts)
      .leftJoin(ledgerEntries, eq(ledgerEntries.accountId, ledgerAccounts.id))
      .leftJoin(ledgerTransactions, eq(ledgerTransactions.id, ledgerEntries.transactionId))
      .leftJoin(reversed, eq(reversed.id, ledgerTransactions.reversesTransactionId))
      .where(budgets)
      .groupBy(ledgerAccounts.id),
    // An act's payment is found by its source: the approval and the payment both post the act (R3: once each).
    db
      .select({ officeId: ledgerAccounts.officeId, year: ledgerAccounts.year, paid: sql<string>`sum(${paidEntry.amount})::text` })
      .from(ledgerAccounts)
      .innerJoin(ledgerEntries, eq(ledgerEntries.accountId, ledgerAccounts.id))
      .innerJoin(approval, and(eq(approval.id, ledgerEntries.transactionId), eq(approval.kind, 'approval'), eq(approval.sourceType, 'act')))
      .innerJoin(payment, and(eq(payment.kind, 'payment'), eq(payment.sourceType, 'act'), eq(payment.sourceId, approval.sourceId)))
      .innerJoin(paidEntry, eq(paidEntry.transactionId, payment.id))
      .innerJoin(paidAccount, and(eq(paidAccount.id, paidEntry.accountId), eq(paidAccount.kind, 'provider_paid')))
      .where(budgets)
      .groupBy(ledgerAccounts.officeId, ledgerAccounts.year),
  ]);
  const paidOf = new Map(paid.map((p) => [key(p.officeId!, p.year), p.paid]));
  return new Map(
    moved.map((m) => [
      key(m.officeId!, m.year),
      {
        officeId: m.officeId!,
        year: m.year,
        allocated: formatTenge(money(m.allocated)),
        spent: formatTenge(money(m.spent)),
        paid: formatTenge(money(paidOf.get(key(m.officeId!, m.year)) ?? '0')),
        left: formatTenge(money(m.balance)),
      },
    ]),
  );
}

const nothing = (officeId: string, year: number): BudgetSummary => ({ officeId, year, allocated: '0.00', spent: '0.00', paid: '0.00', left: '0.00' });

/**
 * An office's budget for a year, for those who may read the office's ledger: its own officers and
 * administrators (others learn nothing: not found). Zeros when nothing was ever allocated.
 */
export async function getBudgetSummary(db: Db, actor: Actor, officeId: string, year: number): Promise<BudgetSummary & { exists: boolean }> {
  assertMayReadLedger(actor, { officeId });
  const found = (await summariesWhere(db, and(eq(ledgerAccounts.officeId, officeId), eq(ledgerAccounts.year, year))!)).get(key(officeId, year));
  return found ? { ...found, exists: true } : { ...nothing(officeId, year), exists: false };
}

/** Every office with its budget summary for each of the years (administrators: they allocate). */
export async function listBudgetSummaries(db: Db, actor: Actor, years: number[]) {
  assertPermission(actor, 'budgets.allocate');
  const [offices, summaries] = await Promise.all([
    db.select({ id: employmentOffices.id, nameKk: employmentOffices.nameKk, nameRu: employmentOffices.nameRu, nameEn: employmentOffices.nameEn }).from(employmentOffices).orderBy(asc(employmentOffices.nameRu)),
    summariesWhere(db, inArray(ledgerAccounts.year, years)),
  ]);
  return offices.map((office) => ({ office, years: years.map((year) => summaries.get(key(office.id, year)) ?? nothing(office.id, year)) }));
}

/**
 * The allocations and reductions, newest first: office, year, amount, basis, who and when.
 * Read from the ledger's allocation transactions (their office budget entry and memo).
 */
export async function listBudgetAllocations(db: Db, actor: Actor, options: { limit?: number } = {}) {
  assertPermission(actor, 'budgets.allocate');
  return selectAllocations(db, undefined, options.limit ?? 100);
}

/** Allocation transactions (by their allocation id when given) as views, newest first. */
export async function selectAllocations(db: Db, allocationId: string | undefined, limit: number): Promise<BudgetAllocationView[]> {
  const rows = await db
    .select({
      allocationId: ledgerTransactions.sourceId,
      officeId: ledgerAccounts.officeId,
      year: ledgerAccounts.year,
      change: ledgerEntries.amount,
      basis: ledgerTransactions.memo,
      byName: users.fullName,
      at: ledgerTransactions.createdAt,
    })
    .from(ledgerTransactions)
    .innerJoin(ledgerEntries, eq(ledgerEntries.transactionId, ledgerTransactions.id))
    .innerJoin(ledgerAccounts, and(eq(ledgerAccounts.id, ledgerEntries.accountId), eq(ledgerAccounts.kind, 'office_budget')))
    .leftJoin(users, eq(users.id, ledgerTransactions.createdBy))
    .where(and(eq(ledgerTransactions.kind, 'allocation'), eq(ledgerTransactions.sourceType, BUDGET_ALLOCATION_SOURCE), allocationId === undefined ? undefined : eq(ledgerTransactions.sourceId, allocationId)))
    .orderBy(desc(ledgerTransactions.createdAt), desc(ledgerEntries.id))
    .limit(limit);
  return rows.map((r) => allocationView({ ...r, officeId: r.officeId!, basis: r.basis ?? '' }));
}

/** An allocation as the API and screens show it: the amount positive, the operation saying which way. */
function allocationView(row: { allocationId: string; officeId: string; year: number; change: string; basis: string; byName: string | null; at: Date }): BudgetAllocationView {
  const change = money(row.change);
  return {
    allocationId: row.allocationId,
    officeId: row.officeId,
    year: row.year,
    operation: change.isNegative() ? 'reduce' : 'allocate',
    amount: formatTenge(change.abs()),
    basis: row.basis,
    by: row.byName,
    at: row.at.toISOString(),
  };
}
