import { char, check, index, pgTable, text, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';

/** Administrative units by KATO code: oblasts, cities of republican significance, districts. */
export const regions = pgTable(
  'regions',
  {
    kato: char('kato', { length: 9 }).primaryKey(),
    parentKato: char('parent_kato', { length: 9 }).references((): AnyPgColumn => regions.kato),
    level: text('level', { enum: ['oblast', 'city', 'district'] }).notNull(),
    nameKk: text('name_kk').notNull(),
    nameRu: text('name_ru').notNull(),
    nameEn: text('name_en').notNull(),
  },
  (t) => [
    index('regions_parent_idx').on(t.parentKato),
    check('regions_kato_digits', sql`${t.kato} ~ '^[0-9]{9}$'`),
  ],
);

export type Region = typeof regions.$inferSelect;
