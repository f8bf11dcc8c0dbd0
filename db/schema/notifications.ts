import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { employmentOffices, providers, recipients } from './organisations';

/**
 * The outbox: every message the portal owes a recipient, written in the same transaction as the
 * change that causes it. An SMS row is sent by the job queue, at most once per row (the key is
 * unique, and sending claims the row first); a cabinet row is delivered when written.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Whom it is for: a recipient (SMS and cabinet), or a provider's or an office's cabinet. */
    recipientId: uuid('recipient_id').references(() => recipients.id),
    providerId: uuid('provider_id').references(() => providers.id),
    officeId: uuid('office_id').references(() => employmentOffices.id),
    channel: text('channel', { enum: ['sms', 'cabinet'] }).notNull(),
    /** What it is about: ipr_arrived, choose_provider_reminder… (later issues add order and act events). */
    kind: text('kind').notNull(),
    /** Unique: the same event never makes two messages, however often it is processed. */
    dedupeKey: text('dedupe_key').notNull().unique(),
    locale: text('locale', { enum: ['kk', 'ru', 'en'] }).notNull(),
    phone: text('phone'),
    /** The text as written for the language of the account it was sent to (an SMS is sent as it stands). */
    body: text('body').notNull(),
    /** A cabinet notice's values, so each reader reads it in their own language (null before migration 0023). */
    values: jsonb('values').$type<Record<string, string | number>>(),
    status: text('status', { enum: ['pending', 'sending', 'sent', 'failed', 'cancelled'] }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    /** When the next attempt may start (back-off after a failure). */
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull(),
    /** A claim's lease: a sender that died mid-send leaves the row to be retried after this. */
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    lastError: text('last_error'),
    gatewayMessageId: text('gateway_message_id'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    readAt: timestamp('read_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('notifications_due_idx').on(t.status, t.nextAttemptAt),
    index('notifications_recipient_idx').on(t.recipientId, t.createdAt),
    index('notifications_provider_idx').on(t.providerId, t.createdAt).where(sql`${t.providerId} IS NOT NULL`),
    index('notifications_office_idx').on(t.officeId, t.createdAt).where(sql`${t.officeId} IS NOT NULL`),
    check('notifications_sms_phone', sql`${t.channel} <> 'sms' OR ${t.phone} IS NOT NULL`),
    check('notifications_one_addressee', sql`num_nonnulls(${t.recipientId}, ${t.providerId}, ${t.officeId}) = 1`),
    // Providers and offices read notices in the portal; SMS goes to recipients' phones only.
    check('notifications_sms_to_recipient', sql`${t.channel} <> 'sms' OR ${t.recipientId} IS NOT NULL`),
  ],
);

/**
 * What the development SMS gateway "sent": the developer reads it at /dev/sms. The message id
 * is unique, so a retried send is stored once, as a real gateway's idempotency key would do.
 */
export const devSmsMessages = pgTable('dev_sms_messages', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  messageId: text('message_id').notNull().unique(),
  phone: text('phone').notNull(),
  body: text('body').notNull(),
  receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
});

export type Notification = typeof notifications.$inferSelect;
