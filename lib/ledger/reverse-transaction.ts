import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { ledgerAccounts, ledgerEntries, ledgerTransactions, type LedgerTransactionRow } from '@/db/schema';
import { money } from '@/lib/money';
import { accountRefOf } from './accounts';
import { postLedgerTransaction } from './post-transaction';

/**
 * Corrects a posted transaction the only way the ledger allows (R2): a new transaction with
 * every entry negated, in the same period. A transaction is reversed at most once (R3). Answers
 * null when it already was.
 */
export async function reverseLedgerTransaction(tx: Tx, transactionId: string, input: { memo: string; by: string | null; at: Date }): Promise<LedgerTransactionRow | null> {
  const [original] = await tx.select().from(ledgerTransactions).where(eq(ledgerTransactions.id, transactionId));
  if (!original) throw new Error(`no ledger transaction ${transactionId}`);
  if (original.kind === 'reversal') throw new RangeError('a reversal is not reversed: post the transaction again');
  const entries = await tx
    .select({ amount: ledgerEntries.amount, account: ledgerAccounts })
    .from(ledgerEntries)
    .innerJoin(ledgerAccounts, eq(ledgerAccounts.id, ledgerEntries.accountId))
    .where(eq(ledgerEntries.transactionId, original.id))
    .orderBy(ledgerEntries.id);
  return postLedgerTransaction(tx, {
    kind: 'reversal',
    source: { type: 'ledger_transaction', id: original.id },
    period: original.period,
    reverses: original.id,
    memo: input.memo,
    postings: entries.map((e) => ({ account: accountRefOf(e.account), amount: money(e.amount).negated() })),
    by: input.by,
    at: input.at,
  });
}
