import { z } from 'zod';

/** The problem+json shape, declared once for the OpenAPI document. */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string(),
    errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
    incident: z.string().optional(),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details' });
