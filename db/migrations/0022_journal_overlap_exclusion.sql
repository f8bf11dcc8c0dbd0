-- The assistant's journal refuses overlapping times for a recipient on a day (DESIGN §3, App. 9),
-- across all providers and workers. An exclusion constraint makes the database refuse the second
-- of two overlapping entries even when both are written at once, without a read under a lock
-- first. Touching times ([10:00, 11:00) and [11:00, 12:00)) do not overlap. Deleted entries and
-- entries given as a duration alone take no time range.
CREATE EXTENSION IF NOT EXISTS btree_gist;
--> statement-breakpoint
ALTER TABLE "journal_entries" ADD CONSTRAINT "journal_entries_no_overlap" EXCLUDE USING gist (
  "recipient_id" WITH =,
  "service_date" WITH =,
  int4range("start_minute", "end_minute") WITH &&
) WHERE ("service" = 'assistant' AND "deleted_at" IS NULL AND "start_minute" IS NOT NULL);
