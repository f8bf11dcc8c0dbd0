import { z } from 'zod';
import { classifierCategories, classifierUnits } from '@/db/schema/classifier';
import { tengeField } from '@/lib/money-field';
import { plainText, portalDate } from '@/lib/validation';

export const classifierCodeField = () => z.string().trim().min(1).max(40).regex(/^[A-Z0-9-]+$/, 'validation.classifier_code');

export const moneyString = () => z.string().regex(/^\d+\.\d{2}$/).meta({ example: '120000.00', description: 'Tenge with two decimals' });

export const classifierEntryResponseSchema = z
  .object({
    code: z.string(),
    category: z.enum(classifierCategories),
    unit: z.enum(classifierUnits),
    name: z.string().meta({ description: "In the caller's language" }),
    guaranteedSum: moneyString().nullable().meta({ description: 'Per unit, in force today; null until one is set' }),
  })
  .meta({ id: 'ClassifierEntry' });

export const classifierResponseSchema = z.object({ items: z.array(classifierEntryResponseSchema) }).meta({ id: 'Classifier' });

export const classifierQuerySchema = z.object({ date: portalDate().optional().meta({ description: 'Sums in force on this date (default today, Asia/Almaty)' }) });

export const guaranteedSumInputSchema = z.object({
  code: classifierCodeField(),
  amount: tengeField(),
  validFrom: portalDate(),
});
export type GuaranteedSumInput = z.infer<typeof guaranteedSumInputSchema>;

export const classifierNamesInputSchema = z.object({
  code: classifierCodeField(),
  nameKk: plainText().trim().min(2).max(300),
  nameRu: plainText().trim().min(2).max(300),
  nameEn: plainText().trim().min(2).max(300),
});
export type ClassifierNamesInput = z.infer<typeof classifierNamesInputSchema>;
