import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, timestamp, uniqueIndex, uuid, text } from 'drizzle-orm/pg-core';
import { orders } from './orders';
import { providers, recipients } from './organisations';

/**
 * Acts of services rendered (App. 8), as far as the journal needs them: which order and days an
 * act covers, and where it stands. An act that is not returned freezes the journal entries of its
 * order and period (DESIGN §3). Issue 8 adds the act's lines, money and documents.
 */
export const actStatuses = ['draft', 'signed_by_provider', 'signed_by_recipient', 'submitted', 'returned', 'approved', 'paid'] as const;
export type ActStatus = (typeof actStatuses)[number];

export const acts = pgTable(
  'acts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id),
    recipientId: uuid('recipient_id')
      .notNull()
      .references(() => recipients.id),
    providerId: uuid('provider_id')
      .notNull()
      .references(() => providers.id),
    periodFrom: date('period_from').notNull(),
    periodTo: date('period_to').notNull(),
    version: integer('version').notNull().default(1),
    status: text('status', { enum: actStatuses }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    statusChangedAt: timestamp('status_changed_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('acts_order_period_idx').on(t.orderId, t.periodFrom),
    // One live act per order and period; a returned one makes way for its next version.
    uniqueIndex('acts_one_live_per_period').on(t.orderId, t.periodFrom).where(sql`${t.status} <> 'returned'`),
    check('acts_period', sql`${t.periodFrom} <= ${t.periodTo}`),
  ],
);

export type ActRow = typeof acts.$inferSelect;
