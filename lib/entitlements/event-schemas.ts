import { z } from 'zod';
import { iinField } from '@/lib/identifiers/schemas';
import { plainText, portalDate } from '@/lib/validation';

/**
 * A status event from E-Sobes. `date` is the last day the right still holds: the day of death or
 * departure, or the last day of an IPR ended early by re-examination.
 */
export const entitlementEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('death'), iin: iinField(), date: portalDate() }).strict(),
  z.object({ type: z.literal('departure'), iin: iinField(), date: portalDate() }).strict(),
  z.object({ type: z.literal('ipr_ended'), iprNumber: plainText().trim().min(1).max(40), date: portalDate() }).strict(),
]);

export type EntitlementEventInput = z.infer<typeof entitlementEventSchema>;

export const MAX_EVENTS = 1000;

export const eventsRequestSchema = z
  .object({ events: z.array(z.unknown().meta({ description: 'death | departure {type, iin, date} or ipr_ended {type, iprNumber, date}' })).min(1).max(MAX_EVENTS) })
  .meta({ id: 'EntitlementEventsRequest' });

export const eventsResponseSchema = z
  .object({
    accepted: z.array(z.object({ index: z.int(), outcome: z.enum(['recorded', 'unchanged']) })),
    rejected: z.array(z.object({ index: z.int(), errors: z.array(z.object({ field: z.string(), message: z.string() })) })),
  })
  .meta({ id: 'EntitlementEventsResult' });
