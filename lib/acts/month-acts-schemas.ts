import { z } from 'zod';

/** The provider's "form all acts of the month" form and POST /api/v1/acts/batches: the calendar month. */
export const monthActsSchema = z.object({ period: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'validation.act.month' }) }).meta({ id: 'MonthActsRequest' });
export type MonthActsInput = z.infer<typeof monthActsSchema>;

export const monthActsParamsSchema = z.object({ id: z.uuid({ message: 'validation.uuid' }) });

/** 202: the batch is queued; its progress is at statusUrl. */
export const monthActsAcceptedResponse = z.object({ batchId: z.uuid(), period: z.string(), statusUrl: z.string() }).meta({ id: 'MonthActsAccepted' });

export const monthActsStatusResponse = z
  .object({
    batchId: z.uuid(),
    period: z.string(),
    state: z.enum(['queued', 'running', 'done', 'failed']),
    stale: z.boolean().meta({ description: 'Failed because it wrote nothing for 15 minutes while queued or running: it stopped without finishing; start it again.' }),
    orders: z.int().nullable(),
    judged: z.int(),
    formed: z.int(),
    skipped: z.array(z.object({ orderId: z.uuid(), orderNumber: z.string(), rule: z.string(), values: z.record(z.string(), z.union([z.string(), z.number()])) })),
  })
  .meta({ id: 'MonthActsStatus' });
