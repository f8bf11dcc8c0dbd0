'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { portalDate } from '@/lib/validation';
import { getDb } from '@/db';
import { requireActionActor } from '@/lib/auth/access';
import { removeCalendarDay, setCalendarDay } from '@/lib/calendar/manage-calendar';
import { calendarDayInputSchema } from '@/lib/calendar/schemas';
import { errorState, parseOrFail, type ActionState } from '@/lib/forms/action-state';

export async function saveCalendarDayAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  try {
    const actor = await requireActionActor('calendar.manage');
    await setCalendarDay(getDb(), actor, parseOrFail(calendarDayInputSchema, Object.fromEntries(formData)));
    revalidatePath('/admin/calendar');
    return { status: 'saved' };
  } catch (error) {
    return errorState(error, formData);
  }
}

const removeSchema = z.object({ date: portalDate() });

export async function removeCalendarDayAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  try {
    const actor = await requireActionActor('calendar.manage');
    await removeCalendarDay(getDb(), actor, parseOrFail(removeSchema, Object.fromEntries(formData)).date);
    revalidatePath('/admin/calendar');
    return { status: 'saved' };
  } catch (error) {
    return errorState(error, formData);
  }
}
