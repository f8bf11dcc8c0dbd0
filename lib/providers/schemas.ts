import { z } from 'zod';
import { bikField, binField, emailField, ibanField, iinField, katoField, phoneField } from '@/lib/identifiers/schemas';
import { plainText } from '@/lib/validation';

const common = {
  name: plainText().trim().min(2).max(300),
  legalAddress: plainText().trim().min(5).max(500),
  phone: phoneField(),
  email: emailField(),
  iban: ibanField(),
  bik: bikField(),
  bankName: plainText().trim().min(2).max(200),
  /** The person who signs for the provider and administers its account. */
  headIin: iinField(),
  headName: plainText().trim().min(3).max(200),
  password: plainText().min(12, 'validation.password_length').max(200),
};

/** An organisation registers by BIN; an individual entrepreneur by their own IIN (the head's). */
export const providerRegistrationSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('organisation'), bin: binField(), ...common }),
  z.object({ kind: z.literal('entrepreneur'), ...common }),
]);
export type ProviderRegistration = z.infer<typeof providerRegistrationSchema>;

/** What a rejected provider may correct before applying again; its BIN/IIN stays what it is. */
export const providerDetailsSchema = z.object({
  name: common.name,
  legalAddress: common.legalAddress,
  phone: common.phone,
  email: common.email,
  iban: common.iban,
  bik: common.bik,
  bankName: common.bankName,
});
export type ProviderDetails = z.infer<typeof providerDetailsSchema>;

export const providerReviewSchema = z
  .object({
    providerId: z.uuid({ message: 'validation.uuid' }),
    decision: z.enum(['verify', 'reject', 'suspend', 'reinstate']),
    reason: plainText().trim().max(1000).optional(),
  })
  .superRefine((value, ctx) => {
    if ((value.decision === 'reject' || value.decision === 'suspend') && !value.reason) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'validation.reason_required' });
    }
  });
export type ProviderReview = z.infer<typeof providerReviewSchema>;

export const serviceRegionsSchema = z.object({ katos: z.array(katoField()).max(300) });

export const workerInviteSchema = z.object({
  iin: iinField(),
  fullName: plainText().trim().min(3).max(200),
  email: emailField().optional(),
  specialty: z.enum(['assistant', 'sign_language']),
});
export type WorkerInvite = z.infer<typeof workerInviteSchema>;

export const providerSearchSchema = z.object({
  q: plainText().trim().max(100).optional(),
  status: z.enum(['pending', 'verified', 'rejected', 'suspended']).optional(),
  page: z.coerce.number().int().min(1).max(10000).default(1),
});
