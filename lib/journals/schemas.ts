import { z } from 'zod';
import { plainText, portalDate } from '@/lib/validation';
import { parseClockTime } from '@/lib/minutes';

const clockTime = z
  .string()
  .trim()
  .transform((v, ctx) => {
    const minutes = parseClockTime(v);
    if (minutes === null) {
      ctx.addIssue({ code: 'custom', message: 'validation.journal.time' });
      return z.NEVER;
    }
    return minutes;
  });

/** One journal entry: minutes, or a start and end ("09:00"–"13:30"); places for the assistant, the mode for sign language. */
export const journalEntryInputSchema = z
  .object({
    orderId: z.uuid({ message: 'validation.uuid' }),
    date: portalDate(),
    minutes: z.coerce.number().int({ message: 'validation.journal.minutes' }).min(1, 'validation.journal.minutes').max(1440, 'validation.journal.minutes').optional(),
    start: clockTime.optional(),
    end: clockTime.optional(),
    places: plainText().trim().max(1000).optional(),
    mode: z.enum(['online', 'offline'], { message: 'validation.journal.mode' }).optional(),
  })
  .strict()
  .superRefine((e, ctx) => {
    const hasRange = e.start !== undefined || e.end !== undefined;
    if (hasRange && (e.start === undefined || e.end === undefined)) ctx.addIssue({ code: 'custom', path: [e.start === undefined ? 'start' : 'end'], message: 'validation.journal.range_incomplete' });
    if (hasRange && e.minutes !== undefined) ctx.addIssue({ code: 'custom', path: ['minutes'], message: 'validation.journal.minutes_or_range' });
    if (!hasRange && e.minutes === undefined) ctx.addIssue({ code: 'custom', path: ['minutes'], message: 'validation.journal.minutes_or_range' });
    if (e.start !== undefined && e.end !== undefined && e.end <= e.start) ctx.addIssue({ code: 'custom', path: ['end'], message: 'validation.journal.end_before_start' });
  })
  .meta({ id: 'JournalEntryInput' });
export type JournalEntryInput = z.infer<typeof journalEntryInputSchema>;

export const journalListQuerySchema = z
  .object({
    orderId: z.uuid({ message: 'validation.uuid' }),
    month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'validation.journal.month'),
  })
  .meta({ id: 'JournalListQuery' });

const entrySchema = z.object({
  id: z.uuid(),
  orderId: z.uuid(),
  service: z.enum(['assistant', 'sign_language']),
  date: z.string(),
  start: z.string().nullable().meta({ description: 'HH:MM, Asia/Almaty' }),
  end: z.string().nullable(),
  minutes: z.int(),
  places: z.string().nullable(),
  mode: z.enum(['online', 'offline']).nullable(),
  workerUserId: z.uuid(),
});
export const journalEntryViewSchema = entrySchema.meta({ id: 'JournalEntry' });
export const journalEntryListSchema = z.object({ items: z.array(entrySchema) }).meta({ id: 'JournalEntries' });
