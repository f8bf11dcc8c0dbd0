'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db';
import { requireActionActor } from '@/lib/auth/access';
import { addGuaranteedSum, renameClassifierEntry } from '@/lib/classifier/manage-classifier';
import { classifierNamesInputSchema, guaranteedSumInputSchema } from '@/lib/classifier/schemas';
import { errorState, formFields, parseOrFail, type ActionState } from '@/lib/forms/action-state';

/** A new guaranteed sum for a classifier entry from a date; earlier sums are kept. */
export async function addGuaranteedSumAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = formFields(formData, ['code', 'amount', 'validFrom']);
  try {
    const actor = await requireActionActor('classifier.manage');
    const input = parseOrFail(guaranteedSumInputSchema, values);
    await addGuaranteedSum(getDb(), actor, input);
    revalidatePath('/admin/classifier');
    revalidatePath(`/admin/classifier/${input.code}`);
    return { status: 'saved' };
  } catch (error) {
    return errorState(error, formData);
  }
}

/** The entry's names in Kazakh, Russian and English. */
export async function renameClassifierEntryAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = formFields(formData, ['code', 'nameKk', 'nameRu', 'nameEn']);
  try {
    const actor = await requireActionActor('classifier.manage');
    const input = parseOrFail(classifierNamesInputSchema, values);
    await renameClassifierEntry(getDb(), actor, input);
    revalidatePath('/admin/classifier');
    revalidatePath(`/admin/classifier/${input.code}`);
    return { status: 'saved' };
  } catch (error) {
    return errorState(error, formData);
  }
}
