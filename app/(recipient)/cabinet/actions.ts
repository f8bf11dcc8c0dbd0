'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db';
import { requireActionActor } from '@/lib/auth/access';
import { errorState, formFields, parseOrFail, type ActionState } from '@/lib/forms/action-state';
import { markNoticesRead } from '@/lib/notifications/cabinet-notices';

const markReadSchema = z.object({
  recipientId: z.uuid(),
  /** One notice, or absent for "mark all as read". */
  noticeId: z.uuid().optional(),
});

/** Marks one notice, or all of a recipient's notices, as read; the rules are in markNoticesRead. */
export async function markNoticesReadAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  try {
    const actor = await requireActionActor('notifications.read');
    const fields = formFields(form, ['recipientId', 'noticeId']);
    const input = parseOrFail(markReadSchema, { recipientId: fields.recipientId, noticeId: fields.noticeId || undefined });
    await markNoticesRead(getDb(), actor, input.recipientId, input.noticeId ? [input.noticeId] : undefined);
    revalidatePath('/cabinet');
    return { status: 'saved' };
  } catch (error) {
    return errorState(error);
  }
}
