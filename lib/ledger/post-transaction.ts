import type { Tx } from '@/db/client';
import { ledgerEntries, ledgerTransactions, type LedgerAccountRow, type LedgerTransactionKind, type LedgerTransactionRow } from '@/db/schema';
import { formatTenge, roundToTiyn, sumMoney, type Money } from '@/lib/money';
import { ledgerAccount, type AccountRef } from './accounts';

export interface Posting {
  account: AccountRef;
  /** Signed: what enters the account is positive, what leaves it negative. */
  amount: Money;
}

export interface LedgerTransactionInput {
  kind: LedgerTransactionKind;
  /** What is posted: each source is posted once per kind (R3). */
  source: { type: string; id: string };
  /** The service month, YYYY-MM. */
  period: string;
  postings: Posting[];
  reverses?: string;
  memo?: string;
  by: string | null;
  at: Date;
}

/**
 * Posts a balanced double-entry transaction inside the caller's transaction. Checked here so the
 * caller gets a plain error, and again by the database at COMMIT (R1), which also keeps every
 * account's balance and refuses an office budget below zero. Answers null when the source was
 * already posted for this kind: the unique key decides, so two officers approving at the same
 * moment, or a retried request, post once.
 */
export async function postLedgerTransaction(tx: Tx, input: LedgerTransactionInput): Promise<LedgerTransactionRow | null> {
  if (input.postings.length < 2) throw new RangeError('a ledger transaction needs at least two entries');
  for (const posting of input.postings) {
    if (posting.amount.isZero() || !roundToTiyn(posting.amount).equals(posting.amount)) throw new RangeError(`a ledger amount must be whole tiyn and not zero: ${posting.amount.toString()}`);
  }
  if (!sumMoney(input.postings.map((p) => p.amount)).isZero()) throw new RangeError('a ledger transaction must sum to zero');
  const [posted] = await tx
    .insert(ledgerTransactions)
    .values({
      kind: input.kind,
      sourceType: input.source.type,
      sourceId: input.source.id,
      period: input.period,
      reversesTransactionId: input.reverses ?? null,
      memo: input.memo ?? null,
      createdBy: input.by,
      createdAt: input.at,
    })
    .onConflictDoNothing({ target: [ledgerTransactions.kind, ledgerTransactions.sourceType, ledgerTransactions.sourceId] })
    .returning();
  if (!posted) return null;
  const accounts: LedgerAccountRow[] = [];
  // One by one, in the order given: callers list accounts in a fixed order, so two postings never lock each other's accounts crosswise.
  for (const posting of input.postings) accounts.push(await ledgerAccount(tx, posting.account));
  await tx.insert(ledgerEntries).values(input.postings.map((p, i) => ({ transactionId: posted.id, accountId: accounts[i]!.id, amount: formatTenge(p.amount) })));
  return posted;
}
