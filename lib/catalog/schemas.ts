import { z } from 'zod';
import { classifierCodeField, moneyString } from '@/lib/classifier/schemas';
import { tengeField } from '@/lib/money-field';
import { plainText } from '@/lib/validation';

const itemFields = {
  classifierCode: classifierCodeField().meta({ description: 'The classifier entry the item is, such as WC-01' }),
  name: plainText().trim().min(2).max(200),
  model: plainText().trim().max(120).nullish(),
  description: plainText().trim().max(4000).nullish(),
  price: tengeField().meta({ description: 'Tenge per unit, such as "1234.50"; above the guaranteed sum is the co-payment' }),
  stock: z.number().int().min(0).max(100000).nullish().meta({ description: 'Units in stock; required for goods, omitted for services' }),
  delivery: z.boolean(),
  pickup: z.boolean(),
  leadTimeDays: z.number().int().min(0).max(365),
};

export const catalogItemInputSchema = z.strictObject(itemFields).meta({ id: 'CatalogItemInput' });
export type CatalogItemInput = z.infer<typeof catalogItemInputSchema>;

/** The classifier entry is what an item is; changing it is a new item, so it cannot be patched. */
export const catalogItemPatchSchema = z
  .strictObject({
    name: itemFields.name.optional(),
    model: itemFields.model,
    description: itemFields.description,
    price: itemFields.price.optional(),
    stock: itemFields.stock,
    delivery: itemFields.delivery.optional(),
    pickup: itemFields.pickup.optional(),
    leadTimeDays: itemFields.leadTimeDays.optional(),
    version: z.number().int().min(1).optional().meta({ description: 'The version you edited; a newer one answers 409' }),
  })
  .meta({ id: 'CatalogItemPatch' });
export type CatalogItemPatch = z.infer<typeof catalogItemPatchSchema>;

export const catalogItemIdParamsSchema = z.object({ id: z.uuid({ message: 'validation.uuid' }) });

export const catalogItemResponseSchema = z
  .object({
    id: z.uuid(),
    providerId: z.uuid(),
    code: z.string(),
    name: z.string(),
    model: z.string().nullable(),
    description: z.string().nullable(),
    price: moneyString(),
    guaranteedSum: moneyString().nullable(),
    coPayment: moneyString().meta({ description: 'What the recipient pays above the guaranteed sum per unit' }),
    stock: z.number().int().nullable(),
    inStock: z.boolean(),
    delivery: z.boolean(),
    pickup: z.boolean(),
    leadTimeDays: z.number().int(),
    status: z.enum(['active', 'withdrawn']),
    version: z.number().int(),
  })
  .meta({ id: 'CatalogItem' });
export type CatalogItemResponse = z.infer<typeof catalogItemResponseSchema>;
