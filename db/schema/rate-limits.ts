import { index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Hits counted against a limit (per address, per account…), in the database so limits hold across instances. */
export const rateLimitHits = pgTable(
  'rate_limit_hits',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    bucket: text('bucket').notNull(),
    key: text('key').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('rate_limit_hits_idx').on(t.bucket, t.key, t.at)],
);
