import { sql } from 'drizzle-orm';
import { boolean, char, check, date, index, integer, jsonb, numeric, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { documents } from './documents';
import { orders } from './orders';
import { providers, recipients } from './organisations';
import { users } from './users';

/**
 * Acts of services rendered (App. 8): an order's journal for a period (a calendar month, shorter
 * when the order's period ends within it), priced and signed. An act that is not returned
 * freezes the journal entries of its order and period (DESIGN §3). A returned act stays as it
 * was; the provider forms the next version as a new row.
 */
export const actStatuses = ['draft', 'signed_by_provider', 'signed_by_recipient', 'submitted', 'returned', 'approved', 'paid'] as const;
export type ActStatus = (typeof actStatuses)[number];
/**
 * Services are billed monthly from the journal; goods (technical aids, wheelchairs, prosthetics,
 * a sanatorium stay) once, by an act of acceptance after the recipient signed their receipt.
 */
export const actServices = ['assistant', 'sign_language', 'goods'] as const;
export type ActService = (typeof actServices)[number];

export const acts = pgTable(
  'acts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** "<order number>/<YYYY-MM>/v<version>": what people quote. */
    number: text('number').notNull().unique(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id),
    recipientId: uuid('recipient_id')
      .notNull()
      .references(() => recipients.id),
    providerId: uuid('provider_id')
      .notNull()
      .references(() => providers.id),
    /** The calendar month billed, YYYY-MM; period_from–period_to lie within it. */
    period: char('period', { length: 7 }).notNull(),
    periodFrom: date('period_from').notNull(),
    periodTo: date('period_to').notNull(),
    version: integer('version').notNull().default(1),
    previousActId: uuid('previous_act_id'),
    /** What was rendered: journal hours of a service, or goods (an item or a stay) received once. */
    service: text('service', { enum: actServices }).notNull(),
    /** Journal minutes billed; 0 for goods. */
    minutes: integer('minutes').notNull(),
    /** Goods only: the quantity received (pieces, or days of a stay). */
    quantity: integer('quantity'),
    /** The provider's price per hour (services) or per unit (goods), from the order. */
    unitPrice: numeric('unit_price', { precision: 14, scale: 2 }).notNull(),
    /** Σ lines' cost: what the services cost at the provider's price. */
    total: numeric('total', { precision: 14, scale: 2 }).notNull(),
    /** Σ lines' reimbursement: what the state pays (per hour, the price up to the guaranteed sum). */
    reimbursed: numeric('reimbursed', { precision: 14, scale: 2 }).notNull(),
    coPayment: numeric('co_payment', { precision: 14, scale: 2 }).notNull(),
    /** The recipient had died when the act was formed: it goes without their signature. */
    recipientDeceased: boolean('recipient_deceased').notNull().default(false),
    documentId: uuid('document_id').references(() => documents.id),
    status: text('status', { enum: actStatuses }).notNull(),
    formedBy: uuid('formed_by').references(() => users.id),
    /** Why the office returned it (codes of lib/acts/return-reasons.ts) and its comment. */
    returnReasons: text('return_reasons').array(),
    returnComment: text('return_comment'),
    /** What the automatic checks found when the act was submitted (lib/acts/review-flags.ts), for the reviewer. */
    reviewFlags: jsonb('review_flags').$type<{ code: string; values: Record<string, string | number> }[]>(),
    /** The officer's signed approval. */
    approvalDocumentId: uuid('approval_document_id').references(() => documents.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    statusChangedAt: timestamp('status_changed_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('acts_order_period_idx').on(t.orderId, t.periodFrom),
    index('acts_provider_idx').on(t.providerId, t.period),
    // The office queue: submitted acts oldest first, and each status's list by age.
    index('acts_status_age_idx').on(t.status, t.statusChangedAt, t.id),
    // One live act per order and period; a returned one makes way for its next version.
    uniqueIndex('acts_one_live_per_period').on(t.orderId, t.periodFrom).where(sql`${t.status} <> 'returned'`),
    uniqueIndex('acts_one_live_per_month').on(t.orderId, t.period).where(sql`${t.status} <> 'returned'`),
    check('acts_period', sql`${t.periodFrom} <= ${t.periodTo} and to_char(${t.periodFrom}, 'YYYY-MM') = ${t.period} and to_char(${t.periodTo}, 'YYYY-MM') = ${t.period}`),
    check('acts_goods', sql`(${t.service} = 'goods' and ${t.quantity} > 0 and ${t.minutes} = 0) or (${t.service} <> 'goods' and ${t.quantity} is null)`),
    check('acts_money', sql`${t.total} >= 0 and ${t.reimbursed} >= 0 and ${t.reimbursed} <= ${t.total} and ${t.coPayment} = ${t.total} - ${t.reimbursed}`),
  ],
);

/**
 * An act's priced rows: one per stretch of days with the same guaranteed sum in force (usually
 * one). cost = minutes × unit price / 60 and reimbursed = minutes × min(price, sum) / 60, each
 * rounded half-up to the tiyn once (lib/acts/lines.ts). A goods act has one line: quantity × price.
 */
export const actLines = pgTable(
  'act_lines',
  {
    actId: uuid('act_id')
      .notNull()
      .references(() => acts.id),
    lineNo: integer('line_no').notNull(),
    service: text('service', { enum: actServices }).notNull(),
    dateFrom: date('date_from').notNull(),
    dateTo: date('date_to').notNull(),
    /** Services: the minutes billed. Goods: 0, and the quantity says how many units. */
    minutes: integer('minutes').notNull(),
    quantity: integer('quantity'),
    unitPrice: numeric('unit_price', { precision: 14, scale: 2 }).notNull(),
    /** The guaranteed sum per hour in force on these days; null when none was (nothing is reimbursed). */
    guaranteedSum: numeric('guaranteed_sum', { precision: 14, scale: 2 }),
    reimbursedUnitPrice: numeric('reimbursed_unit_price', { precision: 14, scale: 2 }).notNull(),
    cost: numeric('cost', { precision: 14, scale: 2 }).notNull(),
    reimbursed: numeric('reimbursed', { precision: 14, scale: 2 }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.actId, t.lineNo] }),
    check('act_lines_minutes', sql`(${t.service} = 'goods' and ${t.quantity} > 0 and ${t.minutes} = 0) or (${t.service} <> 'goods' and ${t.minutes} > 0 and ${t.quantity} is null)`),
  ],
);

export type ActRow = typeof acts.$inferSelect;
export type ActLineRow = typeof actLines.$inferSelect;
