import { sql } from 'drizzle-orm';
import { check, date, index, integer, numeric, pgSequence, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { catalogItems } from './catalog';
import { classifierEntries } from './classifier';
import { iprs } from './entitlements';
import { providers, recipients } from './organisations';
import { users } from './users';

/** The API's vocabulary (issue 6) is the stored one. */
export const orderStatuses = ['draft', 'submitted', 'accepted', 'refused', 'expired', 'in_fulfilment', 'delivered', 'closed', 'returned'] as const;
export type OrderStatus = (typeof orderStatuses)[number];

/** Goods are handed over: shipped to the address, or ready at the provider's for pickup. */
export const fulfilmentSteps = ['shipped', 'ready_for_pickup'] as const;

/**
 * How long a provider has to decide, per classifier category, and what happens at the deadline.
 * The regulation says five working days; the live portal uses ten calendar days and cancels; so
 * it is a setting. An order copies the term in force when it arrives: a later change never moves
 * a deadline already given (R20).
 */
export const orderDecisionTerms = pgTable(
  'order_decision_terms',
  {
    category: text('category').primaryKey(),
    days: integer('days').notNull(),
    dayKind: text('day_kind', { enum: ['working', 'calendar'] }).notNull(),
    onExpiry: text('on_expiry', { enum: ['expire', 'flag_overdue'] }).notNull(),
    updatedBy: uuid('updated_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    check('order_decision_terms_days', sql`${t.days} BETWEEN 1 AND 60`),
    check('order_decision_terms_category', sql`${t.category} IN ('wheelchair','technical_aid','prosthetic','sanatorium','assistant','sign_language')`),
  ],
);

/** Order numbers people can read out on the phone: QZ-2026-000123. */
export const orderNumberSeq = pgSequence('order_number_seq', { startWith: 1 });

/**
 * A recipient's order to a provider for one catalog item. Price, guaranteed sum and terms are
 * copied when it is placed, so later edits never reach it. Status changes are conditional
 * updates (R7); who did what and when is in the audit log, and the signed documents (application,
 * decision, contract, receipt) hang off it as documents with subject ('order', id).
 */
export const orders = pgTable(
  'orders',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: text('number').notNull().unique(),
    recipientId: uuid('recipient_id')
      .notNull()
      .references(() => recipients.id),
    /** Who placed it: the recipient, or a representative acting for them. */
    placedByUserId: uuid('placed_by_user_id')
      .notNull()
      .references(() => users.id),
    providerId: uuid('provider_id')
      .notNull()
      .references(() => providers.id),
    catalogItemId: uuid('catalog_item_id')
      .notNull()
      .references(() => catalogItems.id),
    classifierCode: text('classifier_code')
      .notNull()
      .references(() => classifierEntries.code),
    category: text('category').notNull(),
    /** The IPR (version) whose measure the order draws on; usage is counted per IPR number. */
    iprId: uuid('ipr_id')
      .notNull()
      .references(() => iprs.id),
    iprNumber: text('ipr_number').notNull(),
    quantity: integer('quantity').notNull(),
    unitPrice: numeric('unit_price', { precision: 14, scale: 2 }).notNull(),
    /** The guaranteed sum per unit in force on the day the order was placed; null if none was. */
    guaranteedSum: numeric('guaranteed_sum', { precision: 14, scale: 2 }),
    delivery: text('delivery', { enum: ['delivery', 'pickup'] }),
    deliveryAddress: text('delivery_address'),
    leadTimeDays: integer('lead_time_days').notNull(),
    /** Services: the period the order covers (the measure's, from the day it was placed). */
    periodFrom: date('period_from'),
    periodTo: date('period_to'),
    status: text('status', { enum: orderStatuses }).notNull(),
    fulfilmentStep: text('fulfilment_step', { enum: fulfilmentSteps }),
    /** When the signed application arrived: the decision clock starts here. */
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    /** Computed once on arrival from the calendar and the term then in force (R20). */
    deadlineAt: timestamp('deadline_at', { withTimezone: true }),
    termDays: integer('term_days'),
    termDayKind: text('term_day_kind', { enum: ['working', 'calendar'] }),
    onExpiry: text('on_expiry', { enum: ['expire', 'flag_overdue'] }),
    /** Set when the deadline passed undecided in a category that only flags. */
    overdueAt: timestamp('overdue_at', { withTimezone: true }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    refusalReason: text('refusal_reason'),
    refusalComment: text('refusal_comment'),
    /** Why an order was returned: the recipient died, left, or the IPR ended before receipt. */
    returnReason: text('return_reason', { enum: ['death', 'departure', 'ipr_ended'] }),
    statusChangedAt: timestamp('status_changed_at', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('orders_recipient_idx').on(t.recipientId, t.status),
    index('orders_provider_idx').on(t.providerId, t.status, t.submittedAt),
    // The deadline job's path: undecided orders by deadline.
    index('orders_deadline_idx').on(t.deadlineAt).where(sql`${t.status} = 'submitted'`),
    check('orders_status', sql`${t.status} IN ('draft','submitted','accepted','refused','expired','in_fulfilment','delivered','closed','returned')`),
    check('orders_fulfilment_step', sql`${t.fulfilmentStep} IS NULL OR ${t.fulfilmentStep} IN ('shipped','ready_for_pickup')`),
    check('orders_delivery', sql`${t.delivery} IS NULL OR ${t.delivery} IN ('delivery','pickup')`),
    check('orders_quantity', sql`${t.quantity} BETWEEN 1 AND 1000`),
    check('orders_price', sql`${t.unitPrice} > 0`),
    check('orders_delivery_address', sql`${t.delivery} IS DISTINCT FROM 'delivery' OR ${t.deliveryAddress} IS NOT NULL`),
    check('orders_submitted', sql`${t.status} = 'draft' OR (${t.submittedAt} IS NOT NULL AND ${t.deadlineAt} IS NOT NULL)`),
    check('orders_refusal', sql`${t.status} <> 'refused' OR ${t.refusalReason} IS NOT NULL`),
    check('orders_returned', sql`${t.status} <> 'returned' OR ${t.returnReason} IS NOT NULL`),
  ],
);

export type OrderRow = typeof orders.$inferSelect;
