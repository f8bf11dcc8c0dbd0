'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { portalDate } from '@/lib/validation';
import { getDb } from '@/db';
import { requireActionActor } from '@/lib/auth/access';
import { removeCalendarDay, setCalendarDay } from '@/lib/calendar/manage-calendar';
import { calendarDayInputSchema } from '@/lib/calendar/schemas';
import { AppError, isAppError } from '@/lib/errors';
import { getLocale } from 'next-intl/server';
import { isLocale } from '@/lib/i18n/config';
import { translateKey } from '@/lib/i18n/translator';
import { fieldErrorsFromZod } from '@/lib/i18n/zod-errors';

export interface CalendarFormState {
  status: 'idle' | 'saved' | 'error';
  message?: string;
  fieldErrors?: Record<string, string>;
}

async function toState(error: unknown): Promise<CalendarFormState> {
  const raw = await getLocale();
  const locale = isLocale(raw) ? raw : 'ru';
  if (!isAppError(error)) throw error;
  return {
    status: 'error',
    message: translateKey(locale, error.detailKey, error.values),
    fieldErrors: Object.fromEntries(error.fieldErrors.map((f) => [f.field, translateKey(locale, f.message, f.values)])),
  };
}

export async function saveCalendarDayAction(_prev: CalendarFormState, formData: FormData): Promise<CalendarFormState> {
  try {
    const actor = await requireActionActor('calendar.manage');
    const parsed = calendarDayInputSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) {
      throw new AppError('validation_failed', { fieldErrors: fieldErrorsFromZod(parsed.error) });
    }
    await setCalendarDay(getDb(), actor, parsed.data);
    revalidatePath('/admin/calendar');
    return { status: 'saved' };
  } catch (error) {
    return toState(error);
  }
}

const removeSchema = z.object({ date: portalDate() });

export async function removeCalendarDayAction(_prev: CalendarFormState, formData: FormData): Promise<CalendarFormState> {
  try {
    const actor = await requireActionActor('calendar.manage');
    const parsed = removeSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) {
      throw new AppError('validation_failed', { fieldErrors: fieldErrorsFromZod(parsed.error) });
    }
    await removeCalendarDay(getDb(), actor, parsed.data.date);
    revalidatePath('/admin/calendar');
    return { status: 'saved' };
  } catch (error) {
    return toState(error);
  }
}
