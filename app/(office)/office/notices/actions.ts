'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db';
import { requireActionActor } from '@/lib/auth/access';
import { errorState, formFields, parseOrFail, type ActionState } from '@/lib/forms/action-state';
import { markOfficeNoticesRead } from '@/lib/notifications/office-notices';

/** One notice, or absent for "mark all as read"; the office is always the actor's own. */
const markReadSchema = z.object({ noticeId: z.uuid().optional() });

export async function markOfficeNoticesReadAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  try {
    const actor = await requireActionActor('cabinet.office');
    const fields = formFields(form, ['noticeId']);
    const input = parseOrFail(markReadSchema, { noticeId: fields.noticeId || undefined });
    await markOfficeNoticesRead(getDb(), actor, input.noticeId ? [input.noticeId] : undefined);
    revalidatePath('/office/notices');
    revalidatePath('/office');
    return { status: 'saved' };
  } catch (error) {
    return errorState(error);
  }
}
