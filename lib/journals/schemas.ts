import { z } from 'zod';
import { plainText, portalDate } from '@/lib/validation';
import { parseClockTime } from '@/lib/minutes';
import { iinField } from '@/lib/identifiers/schemas';

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

/** A day's time: minutes, or a start and end ("09:00"–"13:30"); places for the assistant, the mode for sign language. */
const entryDayFields = z
  .object({
    date: portalDate(),
    minutes: z.coerce.number().int({ message: 'validation.journal.minutes' }).min(1, 'validation.journal.minutes').max(1440, 'validation.journal.minutes').optional(),
    start: clockTime.optional(),
    end: clockTime.optional(),
    places: plainText().trim().max(1000).optional(),
    mode: z.enum(['online', 'offline'], { message: 'validation.journal.mode' }).optional(),
  })
  .strict();

type EntryDayFields = Partial<z.infer<typeof entryDayFields>>;

/** Minutes, or both a start and an end after it; with `required`, one of the two must be there. */
function timeIsWhole(required: boolean) {
  return (e: EntryDayFields, ctx: z.RefinementCtx) => {
    const hasRange = e.start !== undefined || e.end !== undefined;
    if (hasRange && (e.start === undefined || e.end === undefined)) ctx.addIssue({ code: 'custom', path: [e.start === undefined ? 'start' : 'end'], message: 'validation.journal.range_incomplete' });
    if (hasRange && e.minutes !== undefined) ctx.addIssue({ code: 'custom', path: ['minutes'], message: 'validation.journal.minutes_or_range' });
    if (required && !hasRange && e.minutes === undefined) ctx.addIssue({ code: 'custom', path: ['minutes'], message: 'validation.journal.minutes_or_range' });
    if (e.start !== undefined && e.end !== undefined && e.end <= e.start) ctx.addIssue({ code: 'custom', path: ['end'], message: 'validation.journal.end_before_start' });
  };
}

/** One journal entry for an order. */
export const journalEntryInputSchema = entryDayFields
  .extend({ orderId: z.uuid({ message: 'validation.uuid' }) })
  .superRefine(timeIsWhole(true))
  .meta({ id: 'JournalEntryInput' });
export type JournalEntryInput = z.infer<typeof journalEntryInputSchema>;

/** A month of the journal, "2026-11". */
export const journalMonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'validation.journal.month');

export const journalListQuerySchema = z
  .object({
    orderId: z.uuid({ message: 'validation.uuid' }),
    month: journalMonthSchema,
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
  workerName: z.string().nullable(),
  frozen: z.boolean().meta({ description: 'An act covers the day: the entry can no longer change' }),
  dispute: z
    .object({ status: z.enum(['open', 'withdrawn', 'corrected']), reason: z.string().nullable(), at: z.string() })
    .nullable()
    .meta({ description: "The recipient's dispute: while open the entry cannot go into an act" }),
  deleted: z.boolean(),
});
export const journalEntryViewSchema = entrySchema.meta({ id: 'JournalEntry' });
export const journalEntryListSchema = z.object({ items: z.array(entrySchema) }).meta({ id: 'JournalEntries' });

/** A correction: any of the entry's fields; a new time is minutes, or a start and an end, and replaces the old one. */
export const journalEntryPatchSchema = entryDayFields
  .partial()
  .superRefine(timeIsWhole(false))
  .superRefine((e, ctx) => {
    if (Object.keys(e).length === 0) ctx.addIssue({ code: 'custom', path: ['date'], message: 'validation.journal.nothing_to_change' });
  })
  .meta({ id: 'JournalEntryPatch' });
export type JournalEntryPatch = z.infer<typeof journalEntryPatchSchema>;

export const journalEntryIdParamsSchema = z.object({ id: z.uuid({ message: 'validation.uuid' }) });

/** The recipient's side disputes an entry, saying why. */
export const journalDisputeSchema = z
  .object({ reason: plainText().trim().min(3, 'validation.journal.dispute_reason').max(1000, 'validation.journal.dispute_reason') })
  .strict()
  .meta({ id: 'JournalDispute' });

/** A month's grid: one row per day filled in, recorded together or not at all. */
export const journalMonthInputSchema = z
  .object({
    orderId: z.uuid({ message: 'validation.uuid' }),
    rows: z
      .array(entryDayFields.superRefine(timeIsWhole(true)))
      .min(1, 'validation.journal.grid_empty')
      .max(62, 'validation.journal.grid_too_long'),
  })
  .strict();
export type JournalMonthInput = z.infer<typeof journalMonthInputSchema>;

export const balancesQuerySchema = z
  .object({
    recipientIin: iinField(),
    service: z.enum(['assistant', 'sign_language'], { message: 'validation.journal.service' }),
    date: portalDate(),
  })
  .meta({ id: 'BalancesQuery' });

const allowanceSchema = z.object({
  used: z.int(),
  cap: z.int().nullable().meta({ description: 'The cap at this level; null where the service has none' }),
  remaining: z.int().meta({ description: 'Minutes that may still be recorded at this level, whatever cap binds' }),
});
export const balancesResponseSchema = z
  .object({
    recipientIin: z.string(),
    service: z.enum(['assistant', 'sign_language']),
    date: z.string(),
    entitled: z.boolean().meta({ description: 'Whether the IPR grants the service on the date' }),
    day: allowanceSchema,
    month: allowanceSchema.extend({ month: z.string() }),
    year: allowanceSchema.extend({ year: z.int() }),
  })
  .meta({ id: 'Balances' });
