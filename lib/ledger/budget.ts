import type { Tx } from '@/db/client';
import { AppError } from '@/lib/errors';
import { formatTenge, money, type Money } from '@/lib/money';
import { ledgerAccount } from './accounts';
import { postLedgerTransaction } from './post-transaction';

/**
 * A year's budget allocation for an office: state funding → office budget. Approvals spend it.
 * `allocationId` names the allocation (one posting per allocation, R3).
 */
export async function allocateOfficeBudget(tx: Tx, input: { allocationId: string; officeId: string; year: number; amount: Money; by: string | null; at: Date }) {
  if (!input.amount.isPositive() || input.amount.isZero()) throw new RangeError('an allocation is a positive amount');
  return postLedgerTransaction(tx, {
    kind: 'allocation',
    source: { type: 'budget_allocation', id: input.allocationId },
    period: `${input.year}-01`,
    memo: `budget ${input.year}`,
    postings: [
      { account: { kind: 'state_funding' }, amount: input.amount.negated() },
      { account: { kind: 'office_budget', officeId: input.officeId, year: input.year }, amount: input.amount },
    ],
    by: input.by,
    at: input.at,
  });
}

/**
 * Locks the office's budget for the year and refuses an amount beyond what is left, with both
 * figures in the message. The lock orders concurrent approvals of one office; the CHECK on the
 * account (migration 0016) is the backstop that holds whatever the code does.
 */
export async function assertBudgetCovers(tx: Tx, officeId: string, year: number, amount: Money): Promise<void> {
  const account = await ledgerAccount(tx, { kind: 'office_budget', officeId, year }, { forUpdate: true });
  const remaining = money(account.balance);
  if (remaining.lessThan(amount)) {
    throw new AppError('rule_violation', { detailKey: 'errors.ledger.budget_exhausted', values: { year, remaining: formatTenge(remaining), amount: formatTenge(amount) } });
  }
}
