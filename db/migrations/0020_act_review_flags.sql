ALTER TABLE "acts" ADD COLUMN "review_flags" jsonb;--> statement-breakpoint
CREATE INDEX "acts_status_age_idx" ON "acts" USING btree ("status","status_changed_at","id");