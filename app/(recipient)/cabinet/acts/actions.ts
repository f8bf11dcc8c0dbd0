'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db';
import { refuseToSignAct } from '@/lib/acts/refuse-signature';
import { refuseActSignatureSchema } from '@/lib/acts/schemas';
import { requireActionActor } from '@/lib/auth/access';
import { now } from '@/lib/clock';
import { errorState, formFields, parseOrFail, type ActionState } from '@/lib/forms/action-state';
import type { Locale } from '@/lib/i18n/config';
import { translateKey } from '@/lib/i18n/translator';

const actIdSchema = z.object({ actId: z.uuid() });

/** A refusal naming the act's status ("it is {status}") says it in words. */
function statusInWords(values: Record<string, string | number>, locale: Locale): Record<string, string | number> {
  return typeof values.status === 'string' ? { ...values, status: translateKey(locale, `providerActs.statusInline.${values.status}`) } : values;
}

/**
 * The recipient (or their representative) refuses to sign an act, saying why; the rules (who may,
 * and while the act awaits signatures) are in refuseToSignAct.
 */
export async function refuseActSignatureAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  try {
    const actor = await requireActionActor('acts.read');
    const fields = formFields(form, ['actId', 'reason']);
    const { actId } = parseOrFail(actIdSchema, fields);
    const { reason } = parseOrFail(refuseActSignatureSchema, { reason: fields.reason ?? '' });
    await refuseToSignAct(getDb(), actor, actId, reason, now());
    revalidatePath(`/cabinet/acts/${actId}`);
    revalidatePath('/cabinet/acts');
    return { status: 'saved' };
  } catch (error) {
    return errorState(error, form, statusInWords);
  }
}
