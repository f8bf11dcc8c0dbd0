import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { calendarDays } from '@/db/schema';
import { assertPermission, type Actor } from '@/lib/auth/actor';
import { writeAudit } from '@/lib/audit';
import { now } from '@/lib/clock';
import { AppError } from '@/lib/errors';
import type { CalendarDayInput } from './schemas';
import { isWeekend } from './local-date';

/**
 * Administrators add or change a calendar exception (a holiday, a day off, a working weekend
 * day). Deadlines already stored on orders are not recomputed (R20): they were fixed on arrival.
 */
export async function setCalendarDay(db: Db, actor: Actor, input: CalendarDayInput): Promise<void> {
  assertPermission(actor, 'calendar.manage');
  if (input.kind === 'working_day' && !isWeekend(input.date)) {
    throw new AppError('validation_failed', {
      fieldErrors: [{ field: 'kind', message: 'validation.working_day_on_weekday' }],
    });
  }
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(calendarDays).where(eq(calendarDays.date, input.date)).for('update');
    const row = { ...input, source: 'administrator' as const, updatedBy: actor.userId, updatedAt: now() };
    await tx.insert(calendarDays).values(row).onConflictDoUpdate({ target: calendarDays.date, set: row });
    await writeAudit(tx, {
      actor: { userId: actor.userId, role: actor.role },
      action: before ? 'calendar.change_day' : 'calendar.add_day',
      entityType: 'calendar_day',
      entityId: input.date,
      fromState: before?.kind ?? null,
      toState: input.kind,
      data: {
        names: { kk: input.nameKk, ru: input.nameRu, en: input.nameEn },
        previous: before ? { kind: before.kind, source: before.source, names: { kk: before.nameKk, ru: before.nameRu, en: before.nameEn } } : null,
      },
    });
  });
}

export async function removeCalendarDay(db: Db, actor: Actor, date: string): Promise<void> {
  assertPermission(actor, 'calendar.manage');
  await db.transaction(async (tx) => {
    const [removed] = await tx.delete(calendarDays).where(eq(calendarDays.date, date)).returning();
    if (!removed) throw new AppError('not_found', { detailKey: 'errors.not_found.calendar_day', values: { date } });
    await writeAudit(tx, {
      actor: { userId: actor.userId, role: actor.role },
      action: 'calendar.remove_day',
      entityType: 'calendar_day',
      entityId: date,
      fromState: removed.kind,
      toState: null,
      data: { source: removed.source, names: { kk: removed.nameKk, ru: removed.nameRu, en: removed.nameEn } },
    });
  });
}
