import { z } from 'zod';
import { classifierCodeField, moneyString } from '@/lib/classifier/schemas';
import { katoField } from '@/lib/identifiers/schemas';
import { tengeField } from '@/lib/money-field';

const flag = () =>
  z
    .enum(['true', 'false', '1', '0', 'on'])
    .transform((v) => v === 'true' || v === '1' || v === 'on')
    .optional();

/** An empty form field means "no filter", not an invalid value. */
const blankAsMissing = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

const cursorField = () => z.string().max(200).regex(/^[A-Za-z0-9_-]+$/, 'validation.cursor');

/** The recipient's search form (also its URL): every filter optional, each one narrowing. */
export const offerSearchSchema = z.object({
  recipient: z.uuid({ message: 'validation.uuid' }).optional(),
  code: blankAsMissing(classifierCodeField()),
  district: blankAsMissing(katoField()),
  delivery: flag(),
  pickup: flag(),
  inStock: flag(),
  minPrice: blankAsMissing(tengeField()),
  maxPrice: blankAsMissing(tengeField()),
  sort: z.enum(['price', 'lead_time']).default('price'),
  cursor: cursorField().optional(),
});
export type OfferSearch = z.infer<typeof offerSearchSchema>;

export const providersQuerySchema = z.object({
  region: katoField().optional().meta({ description: 'KATO code of a region or district; providers serving any part of it' }),
  code: classifierCodeField().optional().meta({ description: 'Only providers offering this classifier entry, and only those offers' }),
  cursor: cursorField().optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type ProvidersQuery = z.infer<typeof providersQuerySchema>;

export const providerOfferSchema = z
  .object({
    catalogItemId: z.uuid(),
    code: z.string(),
    name: z.string(),
    price: moneyString(),
    guaranteedSum: moneyString().nullable(),
    delivery: z.boolean(),
    pickup: z.boolean(),
    inStock: z.boolean(),
  })
  .meta({ id: 'ProviderOffer' });

export const providersResponseSchema = z
  .object({
    items: z.array(
      z.object({ id: z.uuid(), name: z.string(), regions: z.array(z.string()), offers: z.array(providerOfferSchema) }).meta({ id: 'MarketplaceProvider' }),
    ),
    nextCursor: z.string().nullable(),
  })
  .meta({ id: 'Providers' });
