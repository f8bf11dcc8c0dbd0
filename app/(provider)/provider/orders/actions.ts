'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db';
import { requireActionActor } from '@/lib/auth/access';
import { errorState, formFields, parseOrFail, type ActionState } from '@/lib/forms/action-state';
import { prepareDecision } from '@/lib/orders/decide-order';
import { markFulfilmentStep } from '@/lib/orders/fulfil-order';
import { fulfilmentStepSchema, orderDecisionSchema } from '@/lib/orders/schemas';

/**
 * The provider's decision on an order: prepared as a document (prepareDecision holds the rules)
 * and opened for the head to sign; it takes effect only when signed. A refusal's reason is sent
 * only with a refusal, so a reason left chosen before switching to "accept" is not an error.
 */
export async function decideOrderAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  let documentId: string;
  try {
    const actor = await requireActionActor('orders.decide');
    const fields = formFields(form, ['orderId', 'decision', 'reason', 'comment']);
    const orderId = parseOrFail(z.uuid(), fields.orderId);
    const input = parseOrFail(orderDecisionSchema, {
      decision: fields.decision,
      reason: fields.decision === 'refuse' ? fields.reason || undefined : undefined,
      comment: fields.comment?.trim() || undefined,
    });
    documentId = (await prepareDecision(getDb(), actor, orderId, input)).id;
  } catch (error) {
    return errorState(error, form);
  }
  redirect(`/documents/${documentId}`);
}

/** Shipped (delivery) or ready for pickup; markFulfilmentStep checks which fits the order. */
export async function markFulfilmentStepAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  try {
    const actor = await requireActionActor('orders.decide');
    const fields = formFields(form, ['orderId', 'step']);
    const orderId = parseOrFail(z.uuid(), fields.orderId);
    const { step } = parseOrFail(fulfilmentStepSchema, { step: fields.step });
    await markFulfilmentStep(getDb(), actor, orderId, step);
    revalidatePath(`/provider/orders/${orderId}`);
    revalidatePath('/provider/orders');
    return { status: 'saved' };
  } catch (error) {
    return errorState(error, form);
  }
}
