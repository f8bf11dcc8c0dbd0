import { z } from 'zod';
import { plainText, portalDate } from '@/lib/validation';

export const deadlineQuerySchema = z
  .object({
    from: z.iso
      .datetime({ offset: true, message: 'validation.instant' })
      .refine((v) => {
        const t = Date.parse(v);
        // A malformed value is already reported by the format check.
        return Number.isNaN(t) || (t >= Date.parse('2000-01-01T00:00:00Z') && t <= Date.parse('2100-12-31T00:00:00Z'));
      }, 'validation.date_range')
      .meta({ description: 'Arrival instant, ISO-8601 with offset', example: '2026-11-25T10:00:00+05:00' }),
    workingDays: z.coerce.number().int().min(1).max(60).meta({ description: 'Number of working days, 1–60' }),
  })
  .meta({ id: 'DeadlineQuery' });

export const deadlineResponseSchema = z
  .object({
    deadline: z.string().meta({ example: '2026-12-02T23:59:59+05:00', description: 'End of the Nth working day, Asia/Almaty' }),
  })
  .meta({ id: 'Deadline' });

export const calendarDayInputSchema = z.object({
  date: portalDate(),
  kind: z.enum(['holiday', 'day_off', 'working_day']),
  nameKk: plainText().trim().min(2).max(200),
  nameRu: plainText().trim().min(2).max(200),
  nameEn: plainText().trim().min(2).max(200),
});
export type CalendarDayInput = z.infer<typeof calendarDayInputSchema>;
