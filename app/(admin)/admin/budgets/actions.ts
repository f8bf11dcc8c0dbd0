'use server';

import { randomUUID } from 'node:crypto';
import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db';
import { requireActionActor } from '@/lib/auth/access';
import { now } from '@/lib/clock';
import { errorState, formFields, parseOrFail, type ActionState } from '@/lib/forms/action-state';
import { displayTenge } from '@/lib/i18n/format';
import { localizedName } from '@/lib/i18n/localized-name';
import { pageLocale } from '@/lib/i18n/page-locale';
import { allocateBudget, checkBudgetAllocation } from '@/lib/ledger/allocate-budget';
import { budgetAllocationSchema } from '@/lib/ledger/schemas';

/** The allocation form's state: besides saved and error, "confirm" holds the checked values to post. */
export type BudgetFormState = Omit<ActionState, 'status'> & { status: ActionState['status'] | 'confirm' };

const FIELDS = ['allocationId', 'officeId', 'year', 'operation', 'amount', 'basis'] as const;

/**
 * Two steps. "check" parses the form and runs allocateBudget's checks read-only (the year, the
 * office, what is left, the largest budget: checkBudgetAllocation), field errors in the reader's
 * language, and answers the normalised values with a new allocation id for the person to confirm;
 * "post" allocates them (allocateBudget checks again under its locks). The id travels with the
 * confirmation, so a double click or a resent form allocates once.
 */
export async function budgetAllocationAction(_prev: BudgetFormState, form: FormData): Promise<BudgetFormState> {
  try {
    const actor = await requireActionActor('budgets.allocate');
    const fields = formFields(form, FIELDS);
    const posting = form.get('intent') === 'post';
    const input = parseOrFail(budgetAllocationSchema, posting ? fields : { ...fields, allocationId: randomUUID() });
    if (!posting) {
      await checkBudgetAllocation(getDb(), actor, input, now());
      const checked = { ...input, year: String(input.year) };
      return { status: 'confirm', submitted: Object.fromEntries(FIELDS.map((name) => [name, [checked[name]]])) };
    }
    const { allocation, budget, office } = await allocateBudget(getDb(), actor, input, now());
    revalidatePath('/admin/budgets');
    const t = await getTranslations('adminBudgets');
    const locale = await pageLocale();
    const values = { office: localizedName(office, locale), year: allocation.year, amount: displayTenge(allocation.amount, locale), left: displayTenge(budget.left, locale) };
    return { status: 'saved', message: allocation.operation === 'reduce' ? t('reducedText', values) : t('allocatedText', values) };
  } catch (error) {
    return errorState(error, form);
  }
}
