import type { Tx } from '@/db/client';
import { AppError } from '@/lib/errors';
import { formatTenge, money, type Money } from '@/lib/money';
import { ledgerAccount } from './accounts';
import { postLedgerTransaction } from './post-transaction';

type BudgetChangeInput = { allocationId: string; officeId: string; year: number; amount: Money; by: string | null; at: Date; memo?: string; period?: string };

/**
 * A year's budget allocation for an office: state funding → office budget. Approvals spend it.
 * `allocationId` names the allocation (one posting per allocation, R3): answers null when it was
 * already posted. `memo` keeps its basis (a budget decree, say).
 */
export async function allocateOfficeBudget(tx: Tx, input: BudgetChangeInput) {
  if (!input.amount.isPositive() || input.amount.isZero()) throw new RangeError('an allocation is a positive amount');
  return postBudgetChange(tx, input, input.amount);
}

/**
 * A reduction of a year's allocation, posted as its own transaction: office budget → state
 * funding. The caller refuses one beyond what is left; the account's CHECK (never below zero)
 * holds whatever the code does. Shares the allocations' ids: one id is one posting.
 */
export async function reduceOfficeBudget(tx: Tx, input: BudgetChangeInput) {
  if (!input.amount.isPositive() || input.amount.isZero()) throw new RangeError('a reduction is a positive amount');
  return postBudgetChange(tx, input, input.amount.negated());
}

/** The source type of allocations and reductions in the ledger. */
export const BUDGET_ALLOCATION_SOURCE = 'budget_allocation';

function postBudgetChange(tx: Tx, input: BudgetChangeInput, change: Money) {
  return postLedgerTransaction(tx, {
    kind: 'allocation',
    source: { type: BUDGET_ALLOCATION_SOURCE, id: input.allocationId },
    period: input.period ?? `${input.year}-01`,
    memo: input.memo ?? `budget ${input.year}`,
    // State funding first, always: the order accounts are locked in, the same for every allocation.
    postings: [
      { account: { kind: 'state_funding' }, amount: change.negated() },
      { account: { kind: 'office_budget', officeId: input.officeId, year: input.year }, amount: change },
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
