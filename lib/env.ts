import { z } from 'zod';

/**
 * The one place that reads process.env. Validated once, so a bad setting stops the
 * server at start-up with a clear message instead of failing later on a request.
 */
const envSchema = z
  .object({
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// URL')
      .optional(),
    DATA_DIR: z.string().min(1).default('.data'),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    /** "production" turns on HSTS and forbids the demo clock and demo seed. */
    DEPLOYMENT: z.enum(['production', 'demo', 'test']).default('demo'),
    CLOCK_START: z.iso.datetime({ offset: true }).optional(),
    AUTH_SECRET: z.string().min(32).optional(),
    /** Demo people: on by default only on the embedded database; a server database needs SEED_DEMO=1. */
    SEED_DEMO: z.enum(['0', '1']).optional(),
    /** Folder with roots/ (trusted root certificates) and crls/ (revocation lists); default DATA_DIR/pki/trust. */
    PKI_TRUST_DIR: z.string().min(1).optional(),
    /** The portal's public address, written into SMS texts. */
    PORTAL_URL: z.url().optional(),
    /** Background jobs (SMS sending, reminders, imports, clean-up): "0" runs none, for a web-only instance. */
    JOBS: z.enum(['0', '1']).default('1'),
    /** SMS gateway: "dev" stores messages for /dev/sms (not in production); "http" posts them to SMS_GATEWAY_URL. */
    SMS_GATEWAY: z.enum(['dev', 'http']).optional(),
    SMS_GATEWAY_URL: z.url().optional(),
    SMS_GATEWAY_TOKEN: z.string().min(1).optional(),
  })
  .superRefine((env, ctx) => {
    if (env.DEPLOYMENT === 'production' && env.CLOCK_START) {
      ctx.addIssue({ code: 'custom', path: ['CLOCK_START'], message: 'CLOCK_START is refused in production' });
    }
    if (env.DEPLOYMENT === 'production' && !env.AUTH_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['AUTH_SECRET'], message: 'AUTH_SECRET is required in production' });
    }
    if (env.DEPLOYMENT === 'production' && env.SMS_GATEWAY !== 'http') {
      ctx.addIssue({ code: 'custom', path: ['SMS_GATEWAY'], message: 'production sends SMS through a real gateway: set SMS_GATEWAY=http' });
    }
    if (env.SMS_GATEWAY === 'http' && (!env.SMS_GATEWAY_URL || !env.SMS_GATEWAY_TOKEN)) {
      ctx.addIssue({ code: 'custom', path: ['SMS_GATEWAY_URL'], message: 'SMS_GATEWAY=http needs SMS_GATEWAY_URL and SMS_GATEWAY_TOKEN' });
    }
    if (env.DEPLOYMENT === 'production' && !env.DATABASE_URL) {
      ctx.addIssue({
        code: 'custom',
        path: ['DATABASE_URL'],
        message: 'production uses a PostgreSQL server: set DATABASE_URL',
      });
    }
  });

export type Env = z.infer<typeof envSchema>;

function loadEnv(): Env {
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid environment:\n${lines}`);
  }
  return parsed.data;
}

export const env: Env = loadEnv();
