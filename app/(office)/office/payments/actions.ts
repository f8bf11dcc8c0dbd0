'use server';

import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { getDb } from '@/db';
import { requireActionActor } from '@/lib/auth/access';
import { now } from '@/lib/clock';
import { AppError } from '@/lib/errors';
import { errorState, formFields, parseOrFail, type ActionState } from '@/lib/forms/action-state';
import { formPaymentRegistry } from '@/lib/payments/form-registry';
import { markRegistryPaid } from '@/lib/payments/mark-paid';
import { formRegistrySchema } from '@/lib/payments/schemas';

function revalidatePayments() {
  revalidatePath('/office/payments');
  revalidatePath('/office/acts');
}

/**
 * Forms a payment registry of the approved acts not yet in one: those ticked ("chosen"), or all of
 * them ("all"). formPaymentRegistry holds the rules (only this office's unsent approved acts).
 */
export async function formRegistryAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  try {
    const actor = await requireActionActor('payments.manage');
    const { scope } = parseOrFail(z.object({ scope: z.enum(['all', 'chosen']) }), formFields(form, ['scope']));
    const chosen = form.getAll('actIds').filter((v): v is string => typeof v === 'string');
    if (scope === 'chosen' && chosen.length === 0) {
      throw new AppError('validation_failed', { detailKey: 'officePayments.errors.noneChosen', fieldErrors: [{ field: 'actIds', message: 'officePayments.errors.noneChosen' }] });
    }
    const input = parseOrFail(formRegistrySchema, scope === 'all' ? {} : { actIds: chosen });
    const registry = await formPaymentRegistry(getDb(), actor, input, now());
    revalidatePayments();
    const t = await getTranslations('officePayments');
    return { status: 'saved', message: t('unpaid.formed', { number: registry.number, count: registry.actCount }) };
  } catch (error) {
    return errorState(error, form);
  }
}

/** The treasury paid a registry: its acts become paid and the ledger posts the payments (markRegistryPaid). */
export async function markRegistryPaidAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  try {
    const actor = await requireActionActor('payments.manage');
    const registryId = parseOrFail(z.uuid(), formFields(form, ['registryId']).registryId);
    const registry = await markRegistryPaid(getDb(), actor, registryId, now());
    revalidatePayments();
    const t = await getTranslations('officePayments');
    return { status: 'saved', message: t('registries.markedPaid', { number: registry.number, count: registry.actCount }) };
  } catch (error) {
    return errorState(error, form);
  }
}
