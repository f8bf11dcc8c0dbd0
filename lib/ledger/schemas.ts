import { z } from 'zod';
import { tengeField } from '@/lib/money-field';
import { plainText } from '@/lib/validation';

/** GET /api/v1/ledger/balances: exactly one owner. */
export const ledgerBalancesQuerySchema = z
  .object({
    provider: z.uuid({ message: 'validation.uuid' }).optional(),
    office: z.uuid({ message: 'validation.uuid' }).optional(),
  })
  .refine((q) => (q.provider === undefined) !== (q.office === undefined), { message: 'validation.ledger.one_owner', path: ['provider'] });

export const ledgerBalancesResponseSchema = z.object({
  accounts: z.array(z.object({ account: z.string(), balance: z.string() })),
});

const budgetYear = z.coerce.number({ message: 'validation.ledger.budget_year_format' }).int({ message: 'validation.ledger.budget_year_format' }).min(2000, { message: 'validation.ledger.budget_year_format' }).max(2100, { message: 'validation.ledger.budget_year_format' });
/** A year's allocation to one office is far above any price: up to a hundred billion tenge. */
export const MAX_BUDGET_AMOUNT = '100000000000';
const tengeAmount = z.string().meta({ description: 'Tenge as a decimal string with two decimals', example: '5000000.00' });

/**
 * An administrator allocates (or reduces) an office's budget for a year. `allocationId` is chosen
 * by the caller once per allocation: sending it again (a double click, a retry) allocates once.
 */
export const budgetAllocationSchema = z
  .object({
    allocationId: z.uuid({ message: 'validation.uuid' }).meta({ description: 'Chosen once per allocation; the same id again allocates nothing more' }),
    officeId: z.uuid({ message: 'validation.ledger.unknown_office' }),
    year: budgetYear.meta({ description: 'The budget year: the current or the next (Asia/Almaty)', example: 2027 }),
    operation: z.enum(['allocate', 'reduce']).default('allocate').meta({ description: 'allocate adds to the budget; reduce takes from it, never below what approvals have spent' }),
    amount: tengeField(MAX_BUDGET_AMOUNT).meta({ description: 'Tenge, positive, at most two decimals ("5000000", "12500.50")', example: '5000000.00' }),
    basis: plainText().trim().min(3).max(500).meta({ description: 'What the allocation rests on, such as the budget decree number and date' }),
  })
  .meta({ id: 'BudgetAllocationInput' });
export type BudgetAllocationInput = z.infer<typeof budgetAllocationSchema>;

/** GET /api/v1/ledger/budgets */
export const budgetSummaryQuerySchema = z
  .object({
    office: z.uuid({ message: 'validation.uuid' }),
    year: budgetYear,
  })
  .meta({ id: 'BudgetSummaryQuery' });

export const budgetSummarySchema = z
  .object({
    officeId: z.string(),
    year: z.number().int(),
    allocated: tengeAmount.meta({ description: 'Allocations net of reductions' }),
    spent: tengeAmount.meta({ description: 'Approved acts charged to this budget (net of reversals)' }),
    paid: tengeAmount.meta({ description: 'Of what was spent, what the treasury has paid' }),
    left: tengeAmount.meta({ description: "The budget account's balance: allocated − spent" }),
  })
  .meta({ id: 'BudgetSummary' });
export type BudgetSummary = z.infer<typeof budgetSummarySchema>;

export const budgetAllocationViewSchema = z
  .object({
    allocationId: z.string(),
    officeId: z.string(),
    year: z.number().int(),
    operation: z.enum(['allocate', 'reduce']),
    amount: tengeAmount.meta({ description: 'Positive; operation says which way' }),
    basis: z.string(),
    by: z.string().nullable().meta({ description: 'Who posted it (null for the portal itself)' }),
    at: z.string().meta({ description: 'ISO-8601 instant' }),
  })
  .meta({ id: 'BudgetAllocation' });
export type BudgetAllocationView = z.infer<typeof budgetAllocationViewSchema>;

export const budgetAllocationResponseSchema = z.object({ allocation: budgetAllocationViewSchema, budget: budgetSummarySchema }).meta({ id: 'BudgetAllocationResult' });
