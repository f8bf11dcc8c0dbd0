'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db';
import { requireActionActor } from '@/lib/auth/access';
import { errorState, formFields, parseOrFail, type ActionState } from '@/lib/forms/action-state';
import { setDecisionTerm } from '@/lib/orders/decision-terms';
import { decisionTermSchema } from '@/lib/orders/schemas';

/** A category's decision term for orders placed from now on; orders already placed keep theirs. */
export async function setDecisionTermAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  try {
    const actor = await requireActionActor('orders.terms.manage');
    const input = parseOrFail(decisionTermSchema, formFields(formData, ['category', 'days', 'dayKind', 'onExpiry']));
    await setDecisionTerm(getDb(), actor, input);
    revalidatePath('/admin/order-terms');
    return { status: 'saved' };
  } catch (error) {
    return errorState(error, formData);
  }
}
