import { z } from 'zod';

export const formRegistrySchema = z.object({
  /** The approved acts to send; all the office's unsent approved acts when absent. */
  actIds: z.array(z.uuid({ message: 'validation.uuid' })).min(1).max(5000).optional(),
});

export const registryIdParamsSchema = z.object({ id: z.uuid({ message: 'validation.uuid' }) });

export const registryResponseSchema = z
  .object({
    id: z.uuid(),
    number: z.string(),
    status: z.enum(['formed', 'paid']),
    total: z.string(),
    actCount: z.int(),
    formedAt: z.string(),
    paidAt: z.string().nullable(),
    fileUrl: z.string(),
  })
  .meta({ id: 'PaymentRegistry' });

export function registryView(r: { id: string; number: string; status: 'formed' | 'paid'; total: string; actCount: number; formedAt: Date; paidAt: Date | null }) {
  return { id: r.id, number: r.number, status: r.status, total: r.total, actCount: r.actCount, formedAt: r.formedAt.toISOString(), paidAt: r.paidAt?.toISOString() ?? null, fileUrl: `/api/v1/payment-registries/${r.id}/csv` };
}
