import { endpoints } from '@/lib/api/contract';
import { handle } from '@/lib/api/handle';
import { now } from '@/lib/clock';
import { allocateBudget } from '@/lib/ledger/allocate-budget';
import { getBudgetSummary } from '@/lib/ledger/budget-summary';

export const GET = handle(endpoints.getBudgetSummary, async ({ actor, query, db }) => {
  const { exists: _exists, ...summary } = await getBudgetSummary(db, actor, query.office, query.year);
  return summary;
});

export const POST = handle(endpoints.allocateBudget, async ({ actor, body, db }) => {
  const { allocation, budget } = await allocateBudget(db, actor, body, now());
  return { allocation, budget };
});
