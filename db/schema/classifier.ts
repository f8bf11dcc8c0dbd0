import { check, date, numeric, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { users } from './users';

/** The API's vocabulary (issue 4) is the stored one, so nothing translates between them. */
export const classifierCategories = ['wheelchair', 'technical_aid', 'prosthetic', 'sanatorium', 'assistant', 'sign_language'] as const;
/** A sanatorium stay is counted in days (at most 14 a year); the services in hours. */
export const classifierUnits = ['piece', 'hour', 'day'] as const;
export type ClassifierCategory = (typeof classifierCategories)[number];

/** The classifier of goods and services a recipient's IPR can entitle them to. */
export const classifierEntries = pgTable('classifier_entries', {
  code: text('code').primaryKey(),
  category: text('category', {
    enum: classifierCategories,
  }).notNull(),
  kind: text('kind', { enum: ['goods', 'service'] }).notNull(),
  unit: text('unit', { enum: classifierUnits }).notNull(),
  nameKk: text('name_kk').notNull(),
  nameRu: text('name_ru').notNull(),
  nameEn: text('name_en').notNull(),
  indicationsRu: text('indications_ru'),
  contraindicationsRu: text('contraindications_ru'),
}, (t) => [
  check('classifier_category', sql`${t.category} IN ('wheelchair','technical_aid','prosthetic','sanatorium','assistant','sign_language')`),
  check('classifier_unit', sql`${t.unit} IN ('piece','hour','day')`),
  check('classifier_kind', sql`(${t.kind} = 'service') = (${t.category} IN ('assistant','sign_language','sanatorium'))`),
]);

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
