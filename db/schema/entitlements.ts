import { check, date, index, integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { classifierEntries } from './classifier';
import { recipients } from './organisations';

/**
 * A recipient's individual rehabilitation programme (IPR) as E-Sobes sent it. Versions of the
 * same IPR number are kept; the newest in force is the one that entitles.
 */
export const iprs = pgTable(
  'iprs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    recipientId: uuid('recipient_id')
      .notNull()
      .references(() => recipients.id),
    iprNumber: text('ipr_number').notNull(),
    version: integer('version').notNull(),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to').notNull(),
    /** Set when the IPR ends early (re-examination) or is replaced by a newer version. */
    endedOn: date('ended_on'),
    status: text('status', { enum: ['active', 'superseded', 'ended'] })
      .notNull()
      .default('active'),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    /** SHA-256 of the record as received (canonical JSON): a re-sent version is recognised as the same. */
    contentSha256: text('content_sha256'),
    /** Who delivered it: E-Sobes through the API, or an office officer's CSV upload. */
    source: text('source', { enum: ['api', 'csv', 'seed'] })
      .notNull()
      .default('api'),
    importedByUserId: uuid('imported_by_user_id'),
  },
  (t) => [
    unique('iprs_number_version').on(t.iprNumber, t.version),
    index('iprs_recipient_idx').on(t.recipientId, t.status),
    check('iprs_dates', sql`${t.validFrom} <= ${t.validTo}`),
  ],
);

/** One measure of an IPR: a quantity of goods, or hours of a service per day or per year. */
export const iprMeasures = pgTable(
  'ipr_measures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    iprId: uuid('ipr_id')
      .notNull()
      .references(() => iprs.id),
    classifierCode: text('classifier_code')
      .notNull()
      .references(() => classifierEntries.code),
    quantity: integer('quantity'),
    hoursPerDay: integer('hours_per_day'),
    hoursPerYear: integer('hours_per_year'),
    /** A re-issued measure starts on its own date, which may be after the IPR's start. */
    startsOn: date('starts_on').notNull(),
    /** Last day of the measure when it ends before the IPR (the assistant's hours end with the year). */
    endsOn: date('ends_on'),
  },
  (t) => [
    unique('ipr_measures_code').on(t.iprId, t.classifierCode),
    index('ipr_measures_code_idx').on(t.classifierCode),
    check(
      'ipr_measures_amount',
      sql`num_nonnulls(${t.quantity}, ${t.hoursPerDay}, ${t.hoursPerYear}) = 1 AND coalesce(${t.quantity}, ${t.hoursPerDay}, ${t.hoursPerYear}) > 0`,
    ),
  ],
);

export type Ipr = typeof iprs.$inferSelect;
export type IprMeasure = typeof iprMeasures.$inferSelect;

/**
 * Status events E-Sobes reports: a recipient's death or departure, an IPR's early end. Kept as
 * received (the key makes a re-sent event a no-op) with what it changed.
 */
export const entitlementEvents = pgTable(
  'entitlement_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind', { enum: ['death', 'departure', 'ipr_ended'] }).notNull(),
    /** kind + IIN or IPR number + date: the same event sent twice has the same key. */
    eventKey: text('event_key').notNull().unique(),
    recipientId: uuid('recipient_id')
      .notNull()
      .references(() => recipients.id),
    iprNumber: text('ipr_number'),
    eventDate: date('event_date').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    receivedByUserId: uuid('received_by_user_id'),
  },
  (t) => [index('entitlement_events_recipient_idx').on(t.recipientId)],
);

export type EntitlementEvent = typeof entitlementEvents.$inferSelect;
