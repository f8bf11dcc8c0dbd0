import { char, check, date, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { employmentOffices, providers, recipients } from './organisations';

export const userRole = pgEnum('user_role', [
  'recipient',
  'representative',
  'provider_admin',
  'provider_worker',
  'office_officer',
  'administrator',
  'integration_client',
]);

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    role: userRole('role').notNull(),
    /** What the person types to sign in: IIN, BIN or e-mail, stored lower-case. */
    login: text('login').notNull().unique(),
    email: text('email').unique(),
    iin: char('iin', { length: 12 }),
    fullName: text('full_name').notNull(),
    passwordHash: text('password_hash'),
    locale: text('locale', { enum: ['kk', 'ru', 'en'] })
      .notNull()
      .default('ru'),
    /** Raised by "sign out everywhere": sessions carrying an older version are refused. */
    sessionVersion: integer('session_version').notNull().default(1),
    status: text('status', { enum: ['active', 'disabled'] })
      .notNull()
      .default('active'),
    providerId: uuid('provider_id').references(() => providers.id),
    officeId: uuid('office_id').references(() => employmentOffices.id),
    recipientId: uuid('recipient_id').references(() => recipients.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('users_iin_idx').on(t.iin),
    // Staff accounts belong to their organisation; a recipient account to its recipient.
    check(
      'users_role_links',
      sql`(${t.role} IN ('provider_admin','provider_worker')) = (${t.providerId} IS NOT NULL)
        AND (${t.role} = 'office_officer') = (${t.officeId} IS NOT NULL)
        AND (${t.role} = 'recipient') = (${t.recipientId} IS NOT NULL)`,
    ),
  ],
);

/** A representative (legal representative or attorney) acting for a recipient. */
export const representations = pgTable(
  'representations',
  {
    representativeUserId: uuid('representative_user_id')
      .notNull()
      .references(() => users.id),
    recipientId: uuid('recipient_id')
      .notNull()
      .references(() => recipients.id),
    basis: text('basis', { enum: ['legal_representative', 'power_of_attorney'] }).notNull(),
    documentNumber: text('document_number').notNull(),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
  },
  (t) => [primaryKey({ columns: [t.representativeUserId, t.recipientId] })],
);

/** Sign-in attempts, kept in the database so limits hold across several app instances. */
export const signInAttempts = pgTable(
  'sign_in_attempts',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    login: text('login').notNull(),
    ip: text('ip').notNull(),
    succeeded: text('succeeded', { enum: ['pending', 'yes', 'no', 'blocked'] }).notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sign_in_attempts_login_idx').on(t.login, t.at), index('sign_in_attempts_ip_idx').on(t.ip, t.at)],
);

/** Bearer tokens for integration clients; only their SHA-256 is stored. */
export const apiTokens = pgTable('api_tokens', {
  id: uuid('id').primaryKey().defaultRandom(),
  userId: uuid('user_id')
    .notNull()
    .references(() => users.id),
  tokenHash: char('token_hash', { length: 64 }).notNull().unique(),
  sessionVersion: integer('session_version').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
});

export type User = typeof users.$inferSelect;
export type UserRole = (typeof userRole.enumValues)[number];

/** One-time challenges for signing in with a digital signature; each can be used once. */
export const signInChallenges = pgTable('sign_in_challenges', {
  nonce: text('nonce').primaryKey(),
  issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  usedAt: timestamp('used_at', { withTimezone: true }),
});

/**
 * One-time codes sent by SMS to sign a recipient in. Only an HMAC of the code is kept; a code
 * lives five minutes, allows five tries and is consumed once (used_at), and a newer code
 * invalidates the older ones of the same account.
 */
export const smsSignInCodes = pgTable(
  'sms_sign_in_codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    codeHash: char('code_hash', { length: 64 }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sms_sign_in_codes_user_idx').on(t.userId, t.createdAt), check('sms_sign_in_codes_attempts', sql`${t.attempts} >= 0`)],
);
