'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getDb } from '@/db';
import { requireActionActor } from '@/lib/auth/access';
import { translateKey } from '@/lib/i18n/translator';
import { reviewProvider } from '@/lib/providers/review';
import { providerReviewSchema } from '@/lib/providers/schemas';
import { errorState, formFields, parseOrFail, type ActionState } from '@/lib/forms/action-state';

const statuses = new Set(['pending', 'verified', 'rejected', 'suspended']);

/**
 * An administrator's decision on a provider: verify, reject, suspend or reinstate. Once taken,
 * the form it came from no longer applies, so the page is shown again saying what was decided.
 */
export async function reviewProviderAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = formFields(formData, ['providerId', 'decision', 'reason']);
  let decided: { providerId: string; decision: string };
  try {
    const actor = await requireActionActor('providers.review');
    // An empty reason box is no reason at all, which rejection and suspension refuse.
    const input = parseOrFail(providerReviewSchema, { ...values, reason: values.reason?.trim() ? values.reason : undefined });
    await reviewProvider(getDb(), actor, input);
    revalidatePath('/admin/providers');
    revalidatePath(`/admin/providers/${input.providerId}`);
    decided = input;
  } catch (error) {
    // "Not possible in the current status (verified)": the status is named in the reader's words.
    return errorState(error, formData, (v, locale) =>
      typeof v.status === 'string' && statuses.has(v.status)
        ? { ...v, status: translateKey(locale, `adminProviders.statuses.${v.status}`) }
        : v,
    );
  }
  redirect(`/admin/providers/${decided.providerId}?decided=${decided.decision}`);
}
