import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { orders } from './orders';
import { providers, recipients } from './organisations';
import { users } from './users';

/**
 * The journal of services rendered (issue 7): one row per time a worker served a recipient under
 * an order. Minutes are whole; an assistant's entry may carry its start and end (minutes after
 * midnight, Almaty) and the places visited; a sign-language entry says online or offline.
 */
export const journalEntries = pgTable(
  'journal_entries',
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
    workerUserId: uuid('worker_user_id')
      .notNull()
      .references(() => users.id),
    service: text('service', { enum: ['assistant', 'sign_language'] }).notNull(),
    serviceDate: date('service_date').notNull(),
    startMinute: integer('start_minute'),
    endMinute: integer('end_minute'),
    minutes: integer('minutes').notNull(),
    places: text('places'),
    mode: text('mode', { enum: ['online', 'offline'] }),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    /** The last correction; earlier values are in the audit log. */
    updatedBy: uuid('updated_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }),
    /** A deleted entry stays as evidence, out of every total, list and act. */
    deletedBy: uuid('deleted_by').references(() => users.id),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    /** The recipient's side disputes the entry: while open it cannot go into an act. */
    disputeStatus: text('dispute_status', { enum: ['open', 'withdrawn', 'corrected'] }),
    disputeReason: text('dispute_reason'),
    disputedBy: uuid('disputed_by').references(() => users.id),
    disputedAt: timestamp('disputed_at', { withTimezone: true }),
    disputeResolvedBy: uuid('dispute_resolved_by').references(() => users.id),
    disputeResolvedAt: timestamp('dispute_resolved_at', { withTimezone: true }),
  },
  (t) => [
    index('journal_entries_recipient_day_idx').on(t.recipientId, t.serviceDate),
    index('journal_entries_open_disputes_idx').on(t.orderId).where(sql`${t.disputeStatus} = 'open' AND ${t.deletedAt} IS NULL`),
    check('journal_entries_dispute', sql`(${t.disputeStatus} IS NULL) = (${t.disputedAt} IS NULL)`),
    index('journal_entries_order_idx').on(t.orderId, t.serviceDate),
    check('journal_entries_minutes', sql`${t.minutes} BETWEEN 1 AND 1440`),
    check('journal_entries_range', sql`(${t.startMinute} IS NULL) = (${t.endMinute} IS NULL) AND (${t.startMinute} IS NULL OR (${t.startMinute} >= 0 AND ${t.endMinute} <= 1440 AND ${t.endMinute} - ${t.startMinute} = ${t.minutes}))`),
    check('journal_entries_mode', sql`(${t.service} = 'sign_language') = (${t.mode} IS NOT NULL)`),
  ],
);

/**
 * Minutes of assistance per recipient and day, across all providers and workers (R5): kept by
 * INSERT … ON CONFLICT DO UPDATE in the entry's transaction, so concurrent entries serialise on
 * this row, and the CHECK holds the 8-hour cap whatever the code does.
 */
export const journalDayTotals = pgTable(
  'journal_day_totals',
  {
    recipientId: uuid('recipient_id')
      .notNull()
      .references(() => recipients.id),
    serviceDate: date('service_date').notNull(),
    minutes: integer('minutes').notNull(),
  },
  (t) => [primaryKey({ columns: [t.recipientId, t.serviceDate] }), check('journal_day_totals_cap', sql`${t.minutes} BETWEEN 0 AND 480`)],
);

/** Minutes of sign-language interpreting per recipient and calendar year (60 hours at most). */
export const journalYearTotals = pgTable(
  'journal_year_totals',
  {
    recipientId: uuid('recipient_id')
      .notNull()
      .references(() => recipients.id),
    year: integer('year').notNull(),
    minutes: integer('minutes').notNull(),
  },
  (t) => [primaryKey({ columns: [t.recipientId, t.year] }), check('journal_year_totals_cap', sql`${t.minutes} BETWEEN 0 AND 3600`)],
);

export type JournalEntryRow = typeof journalEntries.$inferSelect;
