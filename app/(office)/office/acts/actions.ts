'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db';
import { prepareActApproval, returnAct } from '@/lib/acts/review-act';
import { returnActSchema } from '@/lib/acts/schemas';
import { requireActionActor } from '@/lib/auth/access';
import { now } from '@/lib/clock';
import { errorState, formFields, parseOrFail, type ActionState } from '@/lib/forms/action-state';

/**
 * The officer approves a submitted act: the approval is prepared as a document (prepareActApproval
 * holds the rules) and opened for the officer to sign; it takes effect only when signed.
 */
export async function approveActAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  let documentId: string;
  try {
    const actor = await requireActionActor('acts.review');
    const actId = parseOrFail(z.uuid(), formFields(form, ['actId']).actId);
    documentId = (await prepareActApproval(getDb(), actor, actId, now())).id;
  } catch (error) {
    return errorState(error, form);
  }
  redirect(`/documents/${documentId}`);
}

/**
 * The officer returns a submitted act with reasons from the closed list and a comment ("other"
 * needs one: returnAct checks it). A refused form keeps every reason ticked and the comment.
 */
export async function returnActAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  let actId: string;
  try {
    const actor = await requireActionActor('acts.review');
    actId = parseOrFail(z.uuid(), formFields(form, ['actId']).actId);
    const comment = formFields(form, ['comment']).comment?.trim();
    const input = parseOrFail(returnActSchema, { reasons: form.getAll('reasons').filter((r) => typeof r === 'string'), comment: comment || undefined });
    await returnAct(getDb(), actor, actId, input, now());
  } catch (error) {
    return errorState(error, form);
  }
  revalidatePath('/office/acts');
  revalidatePath(`/office/acts/${actId}`);
  redirect(`/office/acts/${actId}?done=returned`);
}
