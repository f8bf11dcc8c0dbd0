import { z } from 'zod';
import { userRole } from '@/db/schema';

export const tokenRequestSchema = z
  .object({
    login: z.string().trim().min(1).max(254).meta({ description: 'IIN, BIN or e-mail' }),
    password: z.string().min(1).max(200),
  })
  .strict()
  .meta({ id: 'TokenRequest' });

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
