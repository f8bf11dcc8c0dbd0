import { index, integer, numeric, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { acts } from './acts';
import { employmentOffices, providers } from './organisations';
import { users } from './users';

/**
 * A payment registry: the approved acts an office sends to the treasury in one file, then marks
 * paid. Each act is in at most one registry, so it can never be paid twice.
 */
export const paymentRegistries = pgTable(
  'payment_registries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** "<oblast KATO>-<office>-<YYYYMMDD>-<n>": what the treasury and the office quote. */
    number: text('number').notNull().unique(),
    officeId: uuid('office_id')
      .notNull()
      .references(() => employmentOffices.id),
    status: text('status', { enum: ['formed', 'paid'] }).notNull(),
    total: numeric('total', { precision: 16, scale: 2 }).notNull(),
    actCount: integer('act_count').notNull(),
    formedBy: uuid('formed_by')
      .notNull()
      .references(() => users.id),
    formedAt: timestamp('formed_at', { withTimezone: true }).notNull(),
    paidBy: uuid('paid_by').references(() => users.id),
    paidAt: timestamp('paid_at', { withTimezone: true }),
  },
  (t) => [index('payment_registries_office_idx').on(t.officeId, t.formedAt)],
);

export const paymentRegistryActs = pgTable(
  'payment_registry_acts',
  {
    registryId: uuid('registry_id')
      .notNull()
      .references(() => paymentRegistries.id),
    actId: uuid('act_id')
      .notNull()
      .references(() => acts.id),
    providerId: uuid('provider_id')
      .notNull()
      .references(() => providers.id),
    amount: numeric('amount', { precision: 14, scale: 2 }).notNull(),
  },
  (t) => [uniqueIndex('payment_registry_acts_once').on(t.actId), index('payment_registry_acts_registry_idx').on(t.registryId)],
);

export type PaymentRegistryRow = typeof paymentRegistries.$inferSelect;
