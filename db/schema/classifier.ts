import { check, date, numeric, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { users } from './users';

/** The classifier of goods and services a recipient's IPR can entitle them to. */
export const classifierEntries = pgTable('classifier_entries', {
  code: text('code').primaryKey(),
  category: text('category', {
    enum: ['wheelchair', 'technical_aid', 'prosthesis', 'sanatorium', 'assistant_service', 'sign_language_service'],
  }).notNull(),
  kind: text('kind', { enum: ['goods', 'service'] }).notNull(),
  unit: text('unit', { enum: ['piece', 'pair', 'hour', 'stay'] }).notNull(),
  nameKk: text('name_kk').notNull(),
  nameRu: text('name_ru').notNull(),
  nameEn: text('name_en').notNull(),
  indicationsRu: text('indications_ru'),
  contraindicationsRu: text('contraindications_ru'),
});

/** Guaranteed sums per unit, each in force from a date; history is never overwritten. */
export const guaranteedSums = pgTable(
  'guaranteed_sums',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    classifierCode: text('classifier_code')
      .notNull()
      .references(() => classifierEntries.code),
    amount: numeric('amount', { precision: 14, scale: 2 }).notNull(),
    validFrom: date('valid_from').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    unique('guaranteed_sums_code_from').on(t.classifierCode, t.validFrom),
    check('guaranteed_sums_positive', sql`${t.amount} > 0`),
  ],
);

export type ClassifierEntry = typeof classifierEntries.$inferSelect;
