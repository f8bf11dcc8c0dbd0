'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db';
import { formAct } from '@/lib/acts/form-act';
import { startMonthActs } from '@/lib/acts/month-act-batches';
import { monthActsSchema } from '@/lib/acts/month-acts-schemas';
import { formActSchema } from '@/lib/acts/schemas';
import { submitAct } from '@/lib/acts/submit-act';
import { requireActionActor } from '@/lib/auth/access';
import { now } from '@/lib/clock';
import { errorState, formFields, parseOrFail, type ActionState } from '@/lib/forms/action-state';
import type { Locale } from '@/lib/i18n/config';
import { translateKey } from '@/lib/i18n/translator';
import { valuesInWords } from '@/lib/i18n/values-in-words';
import { sendJob } from '@/lib/jobs/queue';

/** A refusal naming the act's status ("it is {status}") says it in words. */
function statusInWords(values: Record<string, string | number>, locale: Locale): Record<string, string | number> {
  return typeof values.status === 'string' ? { ...values, status: translateKey(locale, `providerActs.statusInline.${values.status}`) } : values;
}


/**
 * Forms the act of an order for a month from its journal (also the next version of a returned
 * act: the same order and month); the rules are in formAct. Opens the new act.
 */
export async function formActAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  let actId: string;
  try {
    const actor = await requireActionActor('acts.form');
    const input = parseOrFail(formActSchema, formFields(form, ['orderId', 'period']));
    actId = (await formAct(getDb(), actor, input, now())).act.id;
  } catch (error) {
    return errorState(error, form, valuesInWords);
  }
  revalidatePath('/provider/acts');
  redirect(`/provider/acts/${actId}`);
}

const actIdSchema = z.object({ actId: z.uuid() });

/** Sends a signed act to the district office; submitAct checks it is ready and the provider's. */
export async function submitActAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  try {
    const actor = await requireActionActor('acts.form');
    const { actId } = parseOrFail(actIdSchema, formFields(form, ['actId']));
    await submitAct(getDb(), actor, actId, now());
    revalidatePath(`/provider/acts/${actId}`);
    revalidatePath('/provider/acts');
    return { status: 'saved' };
  } catch (error) {
    return errorState(error, form, statusInWords);
  }
}

/**
 * "Form all acts of the month": the provider administrator starts the month-end batch, which runs
 * as a job; the page shows its progress (getMonthActsProgress). Refused while one runs (naming
 * its month) or when the job queue is off, in the reader's language.
 */
export async function startMonthActsAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  try {
    const actor = await requireActionActor('acts.form');
    const input = parseOrFail(monthActsSchema, formFields(form, ['period']));
    await startMonthActs(getDb(), actor, input, (job) => sendJob('acts-month-batch', job), now());
  } catch (error) {
    return errorState(error, form, valuesInWords);
  }
  revalidatePath('/provider/acts');
  return { status: 'saved' };
}
