import { z } from 'zod';
import { classifierCategories, orderStatuses } from '@/db/schema';
import { plainText } from '@/lib/validation';
import { REFUSAL_REASONS } from './rules';

export const placeOrderSchema = z
  .object({
    catalogItemId: z.uuid({ message: 'validation.uuid' }),
    quantity: z.coerce.number().int({ message: 'validation.order.quantity' }).min(1, 'validation.order.quantity').max(1000, 'validation.order.quantity'),
    /** Goods only: how the recipient receives them. */
    delivery: z.enum(['delivery', 'pickup'], { message: 'validation.order.delivery' }).optional(),
    /** For delivery; the address on record when absent. */
    address: plainText().trim().min(5, 'validation.order.address').max(500).optional(),
    /** A representative acting for several people names whom the order is for. */
    recipientId: z.uuid({ message: 'validation.uuid' }).optional(),
  })
  .strict()
  .meta({ id: 'PlaceOrder' });
export type PlaceOrderInput = z.infer<typeof placeOrderSchema>;

const reasons = [...new Set([...REFUSAL_REASONS.goods, ...REFUSAL_REASONS.other])] as [string, ...string[]];

export const orderDecisionSchema = z
  .object({
    decision: z.enum(['accept', 'refuse'], { message: 'validation.order.decision' }),
    /** Refusal: one of the reasons for the order's category (goods: not_in_stock). */
    reason: z.enum(reasons, { message: 'validation.order.refusal_reason' }).optional(),
    /** Free text; required with the reason "other". */
    comment: plainText().trim().max(1000).optional(),
  })
  .strict()
  .superRefine((d, ctx) => {
    if (d.decision === 'refuse' && !d.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'validation.order.refusal_reason_required' });
    if (d.decision === 'accept' && d.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'validation.order.reason_only_for_refusal' });
    if (d.reason === 'other' && !d.comment) ctx.addIssue({ code: 'custom', path: ['comment'], message: 'validation.order.comment_required' });
  })
  .meta({ id: 'OrderDecision' });
export type OrderDecisionInput = z.infer<typeof orderDecisionSchema>;

export const fulfilmentStepSchema = z.object({ step: z.enum(['shipped', 'ready_for_pickup'], { message: 'validation.order.step' }) }).strict().meta({ id: 'OrderFulfilmentStep' });

export const orderListQuerySchema = z
  .object({
    status: z.enum(orderStatuses, { message: 'validation.order.status' }).optional(),
    cursor: z.string().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
  })
  .meta({ id: 'OrderListQuery' });

export const orderIdParamsSchema = z.object({ id: z.uuid({ message: 'validation.uuid' }) }).meta({ id: 'OrderIdParams' });

export const decisionTermSchema = z
  .object({
    category: z.enum(classifierCategories),
    days: z.coerce.number().int({ message: 'validation.order.term_days' }).min(1, 'validation.order.term_days').max(60, 'validation.order.term_days'),
    dayKind: z.enum(['working', 'calendar']),
    onExpiry: z.enum(['expire', 'flag_overdue']),
  })
  .strict();
export type DecisionTermInput = z.infer<typeof decisionTermSchema>;
