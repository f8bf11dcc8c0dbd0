import { z } from 'zod';
import { actReturnReasons } from './return-reasons';

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'validation.act.month' });

/**
 * POST /api/v1/acts and the provider's form: an order and the calendar month to bill. A service
 * act needs the month; a goods act of acceptance is dated by the receipt, so the month may be left out.
 */
export const formActSchema = z.object({
  orderId: z.uuid({ message: 'validation.uuid' }),
  period: z.preprocess((v) => (v === '' ? undefined : v), month.optional()),
});
export type FormActInput = z.infer<typeof formActSchema>;

export const actIdParamsSchema = z.object({ id: z.uuid({ message: 'validation.uuid' }) });

const actService = z.enum(['assistant', 'sign_language', 'goods']);

export const actLineResponse = z.object({
  service: actService,
  dateFrom: z.string(),
  dateTo: z.string(),
  minutes: z.number().int(),
  /** Goods: the units received; null for services. */
  quantity: z.number().int().nullable(),
  unitPrice: z.string(),
  guaranteedSum: z.string().nullable(),
  reimbursedUnitPrice: z.string(),
  cost: z.string(),
  reimbursed: z.string(),
});

export const ledgerPostingResponse = z.object({
  transactionId: z.uuid(),
  kind: z.enum(['approval', 'payment', 'reversal']),
  amount: z.string(),
});

export const actResponse = z.object({
  id: z.uuid(),
  number: z.string(),
  orderId: z.uuid(),
  period: z.string(),
  periodFrom: z.string(),
  periodTo: z.string(),
  version: z.number().int(),
  service: actService,
  status: z.enum(['draft', 'signed_by_provider', 'signed_by_recipient', 'submitted', 'returned', 'approved', 'paid']),
  minutes: z.number().int(),
  quantity: z.number().int().nullable(),
  unitPrice: z.string(),
  lines: z.array(actLineResponse),
  total: z.string(),
  reimbursed: z.string(),
  coPayment: z.string(),
  recipientDeceased: z.boolean(),
  documentId: z.uuid().nullable(),
  reviewFlags: z.array(z.object({ code: z.string(), values: z.record(z.string(), z.union([z.string(), z.number()])) })).nullable(),
  returnReasons: z.array(z.string()).nullable(),
  returnComment: z.string().nullable(),
  /** A returned act: returned by the office (its reasons above) or refused by the recipient's side, with the reason they wrote. */
  returnedBy: z.enum(['recipient', 'office']).nullable(),
  refusalReason: z.string().nullable(),
  ledger: z.array(ledgerPostingResponse),
});
export type ActResponse = z.infer<typeof actResponse>;

/** The recipient's side refuses to sign an act, saying why. */
export const refuseActSignatureSchema = z.object({
  reason: z.string().trim().min(1, { message: 'validation.act.reason' }).max(2000, { message: 'validation.act.reason' }),
});

/** The office returns an act: reasons from the closed list, and a comment ("other" needs one). */
export const returnActSchema = z.object({
  reasons: z.array(z.enum(actReturnReasons, { message: 'validation.act.reasons' })).min(1, { message: 'validation.act.reasons' }).max(actReturnReasons.length),
  comment: z.string().trim().max(2000, { message: 'validation.act.reason' }).optional(),
});

const amount = z.string().regex(/^\d{1,12}(\.\d{1,2})?$/, { message: 'validation.money_format' });

/** GET /api/v1/acts and the acts screens: filters, order and a keyset cursor. */
export const actListQuerySchema = z
  .object({
    status: z.enum(['draft', 'signed_by_provider', 'signed_by_recipient', 'submitted', 'returned', 'approved', 'paid'], { message: 'validation.act.status' }).optional(),
    provider: z.uuid({ message: 'validation.uuid' }).optional(),
    service: z.enum(['assistant', 'sign_language', 'goods'], { message: 'validation.act.service' }).optional(),
    period: month.optional(),
    minAmount: amount.optional(),
    maxAmount: amount.optional(),
    olderThanDays: z.coerce.number().int({ message: 'validation.act.days' }).min(1, 'validation.act.days').max(3650, 'validation.act.days').optional(),
    flagged: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
    order: z.enum(['oldest', 'newest']).default('oldest'),
    cursor: z.string().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
  })
  .meta({ id: 'ActListQuery' });
export type ActListQuery = z.infer<typeof actListQuerySchema>;

export const actListResponse = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      number: z.string(),
      status: actResponse.shape.status,
      service: actService,
      period: z.string(),
      providerId: z.uuid(),
      providerName: z.string(),
      recipientName: z.string(),
      total: z.string(),
      reimbursed: z.string(),
      minutes: z.int(),
      quantity: z.int().nullable(),
      flags: z.int(),
      since: z.string(),
    }),
  ),
  nextCursor: z.string().nullable(),
});
