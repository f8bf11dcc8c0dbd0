import { z } from 'zod';
import { base64Text } from '@/lib/validation';

const base64 = base64Text();

export const verificationRequestSchema = z
  .object({
    content: base64.min(1).max(28_000_000).meta({ description: 'The signed bytes (a PDF or canonical document), base64' }),
    cms: base64.min(100).max(200_000).meta({ description: 'Detached CMS signature (DER), base64' }),
  })
  .strict()
  .meta({ id: 'VerificationRequest' });

export const verificationResultSchema = z
  .object({
    valid: z.boolean(),
    failure: z.string().nullable(),
    message: z.string().meta({ description: 'What the result means, in the caller language' }),
    contentSha256: z.string(),
    signingTime: z.string().nullable(),
    signer: z
      .object({
        subject: z.string(),
        issuer: z.string(),
        serialNumber: z.string(),
        iin: z.string().nullable(),
        bin: z.string().nullable(),
        roles: z.array(z.string()),
        notBefore: z.string(),
        notAfter: z.string(),
      })
      .nullable(),
    checks: z.array(z.object({ check: z.string(), result: z.enum(['passed', 'failed', 'not_checked']) })),
    revocation: z.array(z.object({ crlIssuer: z.string(), thisUpdate: z.string(), nextUpdate: z.string().nullable(), crlSha256: z.string(), revoked: z.boolean() })),
  })
  .meta({ id: 'VerificationResult' });
