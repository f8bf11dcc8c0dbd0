import { date, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';

/**
 * Exceptions to the Monday–Friday week: holidays, transferred days off and working
 * weekend days. A date without a row follows the ordinary week.
 */
export const calendarDays = pgTable('calendar_days', {
  date: date('date').primaryKey(),
  kind: text('kind', { enum: ['holiday', 'day_off', 'working_day'] }).notNull(),
  source: text('source', { enum: ['statute', 'weekend_transfer', 'government', 'administrator'] }).notNull(),
  nameKk: text('name_kk').notNull(),
  nameRu: text('name_ru').notNull(),
  nameEn: text('name_en').notNull(),
  updatedBy: uuid('updated_by').references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

export type CalendarDayRow = typeof calendarDays.$inferSelect;
