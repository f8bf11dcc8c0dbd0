import { z } from 'zod';
import { iinField, katoField, phoneField } from '@/lib/identifiers/schemas';
import { plainText, portalDate } from '@/lib/validation';

/** Blank → absent, so an empty CSV cell or "" reads as "not given", not as a bad value. */
const blankToUndefined = (value: unknown) => (value === '' || value === null ? undefined : value);

export const iprMeasureSchema = z
  .object({
    code: z.string().trim().min(1).max(40),
    quantity: z.int().min(1).max(1000).optional(),
    hoursPerDay: z.int().min(1).max(24).optional(),
    hoursPerYear: z.int().min(1).max(8784).optional(),
    /** A re-issued measure's own start; the IPR's start when absent. */
    startsOn: z.preprocess(blankToUndefined, portalDate().optional()),
  })
  .strict()
  .superRefine((m, ctx) => {
    const given = [m.quantity, m.hoursPerDay, m.hoursPerYear].filter((v) => v !== undefined).length;
    if (given !== 1) ctx.addIssue({ code: 'custom', message: 'validation.ipr.measure_amount', path: ['quantity'] });
  });

/** One IPR version as E-Sobes sends it (and as a CSV row is read). */
export const iprRecordSchema = z
  .object({
    iprNumber: plainText().trim().min(1).max(40),
    version: z.int().min(1).max(10_000),
    iin: iinField(),
    fullName: plainText().trim().min(3).max(200),
    phone: z.preprocess(blankToUndefined, phoneField().optional()),
    address: z.preprocess(blankToUndefined, plainText().trim().max(500).optional()),
    kato: katoField(),
    disabilityGroup: z.enum(['1', '2', '3', 'child']),
    validFrom: portalDate(),
    validTo: portalDate(),
    measures: z.array(iprMeasureSchema).min(1).max(50),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (r.validFrom > r.validTo) ctx.addIssue({ code: 'custom', message: 'validation.ipr.dates_reversed', path: ['validTo'] });
    const seen = new Set<string>();
    for (const [i, m] of r.measures.entries()) {
      if (seen.has(m.code)) ctx.addIssue({ code: 'custom', message: 'validation.ipr.duplicate_measure', path: ['measures', i, 'code'], params: { code: m.code } });
      seen.add(m.code);
      if (m.startsOn && (m.startsOn < r.validFrom || m.startsOn > r.validTo)) {
        ctx.addIssue({ code: 'custom', message: 'validation.ipr.measure_start_outside', path: ['measures', i, 'startsOn'] });
      }
    }
  });

export type IprRecord = z.infer<typeof iprRecordSchema>;

/** Up to 10,000 records a request; each is checked on its own, so the body only has to be a list. */
export const MAX_IMPORT_RECORDS = 10_000;

export const importRequestSchema = z
  .object({
    records: z
      .array(z.unknown().meta({ description: 'An IPR record: see IprRecord' }))
      .min(1)
      .max(MAX_IMPORT_RECORDS),
  })
  .meta({ id: 'EntitlementImportRequest' });

const recordErrorSchema = z.object({ field: z.string(), message: z.string() });

export const importResponseSchema = z
  .object({
    accepted: z.array(
      z.object({
        index: z.int(),
        iprNumber: z.string(),
        /** created: a new IPR; replaced: a newer version took over from its date; unchanged: already received. */
        outcome: z.enum(['created', 'replaced', 'unchanged']),
      }),
    ),
    rejected: z.array(z.object({ index: z.int(), iprNumber: z.string().nullable(), errors: z.array(recordErrorSchema) })),
  })
  .meta({ id: 'EntitlementImportResult' });

export type ImportResult = z.infer<typeof importResponseSchema>;
