import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from '@/db/client';
import { ledgerAccounts, ledgerEntries } from '@/db/schema';
import { writeAudit } from '@/lib/audit';

export interface LedgerProblems {
  /** The sum of every entry ever posted: zero when every transaction balances. */
  total: string;
  unbalancedTransactions: string[];
  /** Accounts whose kept balance is not the fold of their entries. */
  driftedAccounts: { accountId: string; balance: string; entries: string }[];
}

/**
 * R4's invariants, over the whole ledger: all entries sum to zero, each transaction balances
 * with at least two entries, and each account's balance equals the sum of its entries.
 */
export async function findLedgerProblems(db: Db): Promise<LedgerProblems> {
  const [total] = rowsOf<{ total: string }>(await db.execute(sql`select coalesce(sum(${ledgerEntries.amount}), 0)::text as total from ${ledgerEntries}`));
  const unbalanced = rowsOf<{ transaction_id: string }>(
    await db.execute(sql`select t.id as transaction_id from ledger_transactions t left join ${ledgerEntries} e on e.transaction_id = t.id
      group by t.id having count(e.id) < 2 or coalesce(sum(e.amount), 0) <> 0`),
  );
  const drifted = rowsOf<{ account_id: string; balance: string; entries: string }>(
    await db.execute(sql`select a.id as account_id, a.balance::text as balance, coalesce(sum(e.amount), 0)::text as entries
      from ${ledgerAccounts} a left join ${ledgerEntries} e on e.account_id = a.id
      group by a.id having a.balance <> coalesce(sum(e.amount), 0)`),
  );
  return {
    total: total?.total ?? '0',
    unbalancedTransactions: unbalanced.map((r) => r.transaction_id),
    driftedAccounts: drifted.map((r) => ({ accountId: r.account_id, balance: r.balance, entries: r.entries })),
  };
}

export const ledgerHolds = (p: LedgerProblems) => /^-?0+(\.0+)?$/.test(p.total) && p.unbalancedTransactions.length === 0 && p.driftedAccounts.length === 0;

/** The periodic check: any breach goes to the audit log for an administrator, never repaired silently. */
export async function checkLedgerInvariants(db: Db): Promise<LedgerProblems> {
  const problems = await findLedgerProblems(db);
  if (!ledgerHolds(problems)) {
    await db.transaction((tx) => writeAudit(tx, { actor: null, action: 'ledger.invariant_broken', entityType: 'ledger', entityId: 'all', data: { ...problems } }));
  }
  return problems;
}
