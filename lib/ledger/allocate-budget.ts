import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { employmentOffices } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import { assertPermission, type Actor } from '@/lib/auth/actor';
import { almatyDateOf } from '@/lib/calendar/local-date';
import { AppError } from '@/lib/errors';
import { formatTenge, money, type Money } from '@/lib/money';
import { ledgerAccount } from './accounts';
import { allocateOfficeBudget, reduceOfficeBudget } from './budget';
import { getBudgetSummary, selectAllocations } from './budget-summary';
import type { BudgetAllocationInput, BudgetAllocationView, BudgetSummary } from './schemas';

type OfficeNames = { id: string; nameKk: string; nameRu: string; nameEn: string };

const refuse = (field: keyof BudgetAllocationInput, message: string, values?: Record<string, string | number>) =>
  new AppError('validation_failed', { fieldErrors: [{ field, message, ...(values ? { values } : {}) }] });

/** The same allocation id again must be the same allocation: a retry, not a second one. */
function sameAllocation(earlier: BudgetAllocationView, input: BudgetAllocationInput): BudgetAllocationView {
  const same = earlier.officeId === input.officeId && earlier.year === input.year && earlier.operation === input.operation && earlier.amount === input.amount && earlier.basis === input.basis;
  if (!same) throw new AppError('conflict', { detailKey: 'errors.ledger.allocation_id_reused' });
  return earlier;
}

/**
 * The largest balance an office's budget may reach: amounts are at most twelve digits of tenge
 * (lib/money.ts), so a budget of a trillion could be neither summed up nor shown.
 */
export const MAX_BUDGET_BALANCE = '999999999999.99';

function assertYearOpen(input: BudgetAllocationInput, at: Date): void {
  const thisYear = Number(almatyDateOf(at).slice(0, 4));
  if (input.year !== thisYear && input.year !== thisYear + 1) throw refuse('year', 'validation.ledger.budget_year', { from: thisYear, to: thisYear + 1 });
}

async function officeOf(db: Db, input: BudgetAllocationInput): Promise<OfficeNames> {
  const [office] = await db.select({ id: employmentOffices.id, nameKk: employmentOffices.nameKk, nameRu: employmentOffices.nameRu, nameEn: employmentOffices.nameEn }).from(employmentOffices).where(eq(employmentOffices.id, input.officeId));
  if (!office) throw refuse('officeId', 'validation.ledger.unknown_office');
  return office;
}

/**
 * What the change leaves of a budget with `left` in it: a reduction beyond what is left is refused
 * naming what is left; an allocation that would take the budget past MAX_BUDGET_BALANCE is
 * refused naming how much may still be added. Both on the amount field.
 */
function assertChangeFits(input: BudgetAllocationInput, left: Money): void {
  const amount = money(input.amount);
  if (input.operation === 'reduce' && left.lessThan(amount)) {
    throw refuse('amount', 'validation.ledger.reduction_beyond_left', { year: input.year, left: formatTenge(left) });
  }
  const max = money(MAX_BUDGET_BALANCE);
  if (input.operation === 'allocate' && left.plus(amount).greaterThan(max)) {
    throw refuse('amount', 'validation.ledger.budget_beyond_max', { year: input.year, max: formatTenge(max), left: formatTenge(left), room: formatTenge(max.minus(left)) });
  }
}

/**
 * The allocation form's check step: the refusals allocateBudget would give (the permission, the
 * year, the office, what is left, the largest budget), read-only, so they show before the
 * confirmation. Posting checks them again under the accounts' locks.
 */
export async function checkBudgetAllocation(db: Db, actor: Actor, input: BudgetAllocationInput, at: Date): Promise<void> {
  assertPermission(actor, 'budgets.allocate');
  assertYearOpen(input, at);
  await officeOf(db, input);
  const { left } = await getBudgetSummary(db, actor, input.officeId, input.year);
  assertChangeFits(input, money(left));
}

/**
 * An administrator allocates an office's budget for the current or the next year (Asia/Almaty),
 * or reduces it. Each is one balanced transaction (state funding ↔ office budget) with the basis
 * as its memo, audited in the same database transaction. Idempotent by `allocationId` (R3): the
 * same id again answers the first allocation and posts nothing; the same id with other figures is
 * a conflict. A reduction beyond what is left (what approvals have not spent), or an allocation
 * past MAX_BUDGET_BALANCE, is refused on the amount field; behind that check the account's CHECK
 * never lets a budget fall below zero.
 */
export async function allocateBudget(db: Db, actor: Actor, input: BudgetAllocationInput, at: Date): Promise<{ allocation: BudgetAllocationView; budget: BudgetSummary; office: OfficeNames; created: boolean }> {
  assertPermission(actor, 'budgets.allocate');
  assertYearOpen(input, at);
  const today = almatyDateOf(at);
  return db.transaction(async (tx) => {
    const office = await officeOf(tx, input);
    const earlierOf = async () => (await selectAllocations(tx, input.allocationId, 1))[0];
    const summary = async (): Promise<BudgetSummary> => {
      const { exists: _exists, ...budget } = await getBudgetSummary(tx, actor, input.officeId, input.year);
      return budget;
    };
    const answerEarlier = async (earlier: BudgetAllocationView) => ({ allocation: sameAllocation(earlier, input), budget: await summary(), office, created: false });
    const earlier = await earlierOf();
    if (earlier) return answerEarlier(earlier);

    // Both accounts locked in the order every allocation posts them (state funding first), so
    // the balance read below stays true until COMMIT and allocations never lock crosswise.
    await ledgerAccount(tx, { kind: 'state_funding' }, { forUpdate: true });
    const budget = await ledgerAccount(tx, { kind: 'office_budget', officeId: input.officeId, year: input.year }, { forUpdate: true });
    // A request with the same id may have committed while this one waited for the locks: it is
    // the answer, before what it left is judged (a reduction sent twice is not "beyond what is left").
    const committed = await earlierOf();
    if (committed) return answerEarlier(committed);
    assertChangeFits(input, money(budget.balance));
    const change = {
      allocationId: input.allocationId,
      officeId: input.officeId,
      year: input.year,
      amount: money(input.amount),
      memo: input.basis,
      // The month it was made in when that is in the budget year; a next year's budget opens in January.
      period: today.startsWith(`${input.year}-`) ? today.slice(0, 7) : `${input.year}-01`,
      by: actor.userId,
      at,
    };
    const posted = input.operation === 'reduce' ? await reduceOfficeBudget(tx, change) : await allocateOfficeBudget(tx, change);
    // Posted by a request with the same id that committed while this one waited for the locks.
    if (!posted) return { allocation: sameAllocation((await earlierOf())!, input), budget: await summary(), office, created: false };
    await writeAudit(tx, {
      actor: { userId: actor.userId, role: actor.role },
      action: input.operation === 'reduce' ? 'ledger.budget_reduce' : 'ledger.budget_allocate',
      entityType: 'office_budget',
      entityId: `${input.officeId}:${input.year}`,
      reason: input.basis,
      data: { allocationId: input.allocationId, transactionId: posted.id, officeId: input.officeId, year: input.year, amount: input.amount, operation: input.operation },
    });
    return { allocation: (await earlierOf())!, budget: await summary(), office, created: true };
  });
}
