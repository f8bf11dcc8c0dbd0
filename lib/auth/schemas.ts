import { z } from 'zod';
import { userRole } from '@/db/schema';
import { base64Text, plainText } from '@/lib/validation';

const credentialFields = {
  login: plainText().trim().min(1).max(254).meta({ description: 'IIN, BIN or e-mail' }),
  password: plainText().min(1).max(200),
};

/** The sign-in form's fields; next-auth adds its own (csrfToken, callbackUrl), which are ignored. */
export const credentialsSchema = z.object(credentialFields);

export const tokenRequestSchema = z.object(credentialFields).strict().meta({ id: 'TokenRequest' });

export const tokenResponseSchema = z
  .object({ token: z.string(), expiresAt: z.iso.datetime({ offset: true }) })
  .meta({ id: 'TokenResponse' });

export const meResponseSchema = z
  .object({
    id: z.uuid(),
    role: z.enum(userRole.enumValues),
    name: z.string(),
    iin: z.string().length(12).optional(),
    bin: z.string().length(12).optional(),
  })
  .meta({ id: 'Me', description: 'The signed-in account; `bin` for provider staff, `iin` for people' });

export const challengeResponseSchema = z
  .object({
    nonce: z.string(),
    challenge: z.string().meta({ description: 'The bytes to sign with the AUTH key (detached CMS), base64' }),
    expiresAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'SignInChallenge' });

export const signatureCredentialsSchema = z.object({
  nonce: z.string().min(16).max(64).regex(/^[A-Za-z0-9_-]+$/),
  cms: base64Text().min(100).max(200_000),
});
