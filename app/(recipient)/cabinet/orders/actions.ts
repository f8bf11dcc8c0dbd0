'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db';
import { requireActionActor } from '@/lib/auth/access';
import { errorState, formFields, parseOrFail, type ActionState } from '@/lib/forms/action-state';
import { prepareReceipt } from '@/lib/orders/fulfil-order';
import { placeOrder } from '@/lib/orders/place-order';
import { placeOrderSchema } from '@/lib/orders/schemas';

/** Places the order and opens its application for signing; the rules are in placeOrder. */
export async function placeOrderAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  let applicationId: string;
  try {
    const actor = await requireActionActor('orders.place');
    const fields = formFields(form, ['catalogItemId', 'quantity', 'delivery', 'address', 'recipientId']);
    const input = parseOrFail(placeOrderSchema, {
      catalogItemId: fields.catalogItemId,
      quantity: fields.quantity || '1',
      delivery: fields.delivery || undefined,
      address: fields.delivery === 'delivery' ? fields.address || undefined : undefined,
      recipientId: fields.recipientId || undefined,
    });
    applicationId = (await placeOrder(getDb(), actor, input)).applicationDocumentId;
  } catch (error) {
    return errorState(error, form);
  }
  redirect(`/documents/${applicationId}`);
}

const orderIdSchema = z.object({ orderId: z.uuid() });

/** Prepares the acceptance certificate and opens it for signing. */
export async function confirmReceiptAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  let documentId: string;
  try {
    const actor = await requireActionActor('orders.receive');
    const { orderId } = parseOrFail(orderIdSchema, formFields(form, ['orderId']));
    documentId = (await prepareReceipt(getDb(), actor, orderId)).id;
  } catch (error) {
    return errorState(error);
  }
  redirect(`/documents/${documentId}`);
}
