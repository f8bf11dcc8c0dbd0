import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { employmentOffices } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import { assertPermission, type Actor } from '@/lib/auth/actor';
import { almatyDateOf } from '@/lib/calendar/local-date';
import { AppError } from '@/lib/errors';
import { formatTenge, money } from '@/lib/money';
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
 * An administrator allocates an office's budget for the current or the next year (Asia/Almaty),
 * or reduces it. Each is one balanced transaction (state funding ↔ office budget) with the basis
 * as its memo, audited in the same database transaction. Idempotent by `allocationId` (R3): the
 * same id again answers the first allocation and posts nothing; the same id with other figures is
 * a conflict. A reduction beyond what is left (what approvals have not spent) is refused on the
 * amount field, naming what is left; behind that check the account's CHECK never lets a budget
 * fall below zero.
 */
export async function allocateBudget(db: Db, actor: Actor, input: BudgetAllocationInput, at: Date): Promise<{ allocation: BudgetAllocationView; budget: BudgetSummary; office: OfficeNames; created: boolean }> {
  assertPermission(actor, 'budgets.allocate');
  const today = almatyDateOf(at);
  const thisYear = Number(today.slice(0, 4));
  if (input.year !== thisYear && input.year !== thisYear + 1) throw refuse('year', 'validation.ledger.budget_year', { from: thisYear, to: thisYear + 1 });
  return db.transaction(async (tx) => {
    const [office] = await tx.select({ id: employmentOffices.id, nameKk: employmentOffices.nameKk, nameRu: employmentOffices.nameRu, nameEn: employmentOffices.nameEn }).from(employmentOffices).where(eq(employmentOffices.id, input.officeId));
    if (!office) throw refuse('officeId', 'validation.ledger.unknown_office');
    const earlierOf = async () => (await selectAllocations(tx, input.allocationId, 1))[0];
    const summary = async (): Promise<BudgetSummary> => {
      const { exists: _exists, ...budget } = await getBudgetSummary(tx, actor, input.officeId, input.year);
      return budget;
    };
    const earlier = await earlierOf();
    if (earlier) return { allocation: sameAllocation(earlier, input), budget: await summary(), office, created: false };

    // Both accounts locked in the order every allocation posts them (state funding first), so
    // the balance read below stays true until COMMIT and allocations never lock crosswise.
    await ledgerAccount(tx, { kind: 'state_funding' }, { forUpdate: true });
    const budget = await ledgerAccount(tx, { kind: 'office_budget', officeId: input.officeId, year: input.year }, { forUpdate: true });
    const amount = money(input.amount);
    if (input.operation === 'reduce' && money(budget.balance).lessThan(amount)) {
      throw refuse('amount', 'validation.ledger.reduction_beyond_left', { year: input.year, left: formatTenge(money(budget.balance)) });
    }
    const change = {
      allocationId: input.allocationId,
      officeId: input.officeId,
      year: input.year,
      amount,
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
