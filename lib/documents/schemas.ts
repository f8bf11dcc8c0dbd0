import { z } from 'zod';
import { base64Text } from '@/lib/validation';

export const documentIdParamsSchema = z.object({ id: z.uuid({ message: 'validation.uuid' }) }).meta({ id: 'DocumentIdParams' });

export const signatureSubmissionSchema = z
  .object({
    cms: base64Text()
      .min(100)
      .max(200_000)
      .meta({ description: 'Detached CMS SignedData over the document content, DER, base64' }),
  })
  .strict()
  .meta({ id: 'SignatureSubmission' });

const checkSchema = z.object({ check: z.string(), result: z.enum(['passed', 'failed', 'not_checked']) });

export const signatureViewSchema = z
  .object({
    id: z.uuid(),
    signerIin: z.string(),
    signerBin: z.string().nullable(),
    signingTime: z.string(),
    receivedAt: z.string(),
    documentSha256: z.string(),
    valid: z.boolean(),
    checks: z.array(checkSchema),
    certificate: z
      .object({ subject: z.string(), issuer: z.string(), serialNumber: z.string(), notBefore: z.string(), notAfter: z.string(), roles: z.array(z.string()) })
      .nullable(),
    revocation: z.array(z.object({ crlIssuer: z.string(), thisUpdate: z.string(), nextUpdate: z.string().nullable(), crlSha256: z.string(), revoked: z.boolean() })),
  })
  .meta({ id: 'Signature' });

export const documentViewSchema = z
  .object({
    id: z.uuid(),
    kind: z.string(),
    subject: z.object({ type: z.string(), id: z.string() }),
    version: z.number().int(),
    sha256: z.string().meta({ description: 'SHA-256 of the canonical bytes (hex)' }),
    status: z.enum(['awaiting_signatures', 'signed', 'superseded']),
    createdAt: z.string(),
    requiredSigners: z.array(z.object({ iin: z.string(), bin: z.string().optional() })),
    signatures: z.array(signatureViewSchema),
  })
  .meta({ id: 'Document' });

export const signatureAcceptedSchema = z
  .object({ signatureId: z.uuid(), documentStatus: z.enum(['awaiting_signatures', 'signed']) })
  .meta({ id: 'SignatureAccepted' });
