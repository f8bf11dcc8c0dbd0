import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { employmentOffices } from './organisations';

/**
 * An office officer's CSV upload of IPR records: checked in full before anything is written
 * (the preview), then imported by the job queue in chunks, with progress.
 */
export const iprImportBatches = pgTable(
  'ipr_import_batches',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    officeId: uuid('office_id')
      .notNull()
      .references(() => employmentOffices.id),
    uploadedByUserId: uuid('uploaded_by_user_id').notNull(),
    fileName: text('file_name').notNull(),
    status: text('status', { enum: ['previewed', 'queued', 'importing', 'done', 'cancelled'] }).notNull(),
    totalRows: integer('total_rows').notNull(),
    /** The rows that passed the checks, as records (line number kept), imported on confirmation. */
    records: jsonb('records').$type<{ line: number; record: unknown }[]>().notNull(),
    /** Every refused row with its reasons (message keys), for the preview and the error report. */
    rowErrors: jsonb('row_errors').$type<{ line: number; iprNumber: string | null; errors: { field: string; message: string; values?: Record<string, string | number> }[] }[]>().notNull(),
    processed: integer('processed').notNull().default(0),
    created: integer('created').notNull().default(0),
    replaced: integer('replaced').notNull().default(0),
    unchanged: integer('unchanged').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('ipr_import_batches_office_idx').on(t.officeId, t.createdAt)],
);

export type IprImportBatch = typeof iprImportBatches.$inferSelect;
