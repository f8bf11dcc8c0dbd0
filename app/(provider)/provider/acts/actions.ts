'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db';
import { formAct } from '@/lib/acts/form-act';
import { formActSchema } from '@/lib/acts/schemas';
import { submitAct } from '@/lib/acts/submit-act';
import { requireActionActor } from '@/lib/auth/access';
import { now } from '@/lib/clock';
import { errorState, formFields, parseOrFail, type ActionState } from '@/lib/forms/action-state';
import type { Locale } from '@/lib/i18n/config';
import { displayDate, displayMonth } from '@/lib/i18n/format';
import { translateKey } from '@/lib/i18n/translator';

/** A refusal naming the act's status ("it is {status}") says it in words. */
function statusInWords(values: Record<string, string | number>, locale: Locale): Record<string, string | number> {
  return typeof values.status === 'string' ? { ...values, status: translateKey(locale, `providerActs.statusInline.${values.status}`) } : values;
}

/** A refusal of forming names the month and the order's days in the reader's words. */
function periodInWords(values: Record<string, string | number>, locale: Locale): Record<string, string | number> {
  const words = { ...values };
  if (typeof words.period === 'string' && /^\d{4}-\d{2}$/.test(words.period)) words.period = displayMonth(words.period, locale);
  for (const key of ['from', 'to'] as const) if (typeof words[key] === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(words[key])) words[key] = displayDate(words[key], locale);
  return words;
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
    return errorState(error, form, periodInWords);
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
