CREATE TABLE "acts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"order_id" uuid NOT NULL,
	"recipient_id" uuid NOT NULL,
	"provider_id" uuid NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"status" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"status_changed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "acts_period" CHECK ("acts"."period_from" <= "acts"."period_to")
);
--> statement-breakpoint
ALTER TABLE "journal_entries" ADD COLUMN "updated_by" uuid;--> statement-breakpoint
ALTER TABLE "journal_entries" ADD COLUMN "updated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "journal_entries" ADD COLUMN "deleted_by" uuid;--> statement-breakpoint
ALTER TABLE "journal_entries" ADD COLUMN "deleted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "journal_entries" ADD COLUMN "dispute_status" text;--> statement-breakpoint
ALTER TABLE "journal_entries" ADD COLUMN "dispute_reason" text;--> statement-breakpoint
ALTER TABLE "journal_entries" ADD COLUMN "disputed_by" uuid;--> statement-breakpoint
ALTER TABLE "journal_entries" ADD COLUMN "disputed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "journal_entries" ADD COLUMN "dispute_resolved_by" uuid;--> statement-breakpoint
ALTER TABLE "journal_entries" ADD COLUMN "dispute_resolved_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "acts" ADD CONSTRAINT "acts_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "acts" ADD CONSTRAINT "acts_recipient_id_recipients_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."recipients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "acts" ADD CONSTRAINT "acts_provider_id_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."providers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "acts_order_period_idx" ON "acts" USING btree ("order_id","period_from");--> statement-breakpoint
CREATE UNIQUE INDEX "acts_one_live_per_period" ON "acts" USING btree ("order_id","period_from") WHERE "acts"."status" <> 'returned';--> statement-breakpoint
ALTER TABLE "journal_entries" ADD CONSTRAINT "journal_entries_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journal_entries" ADD CONSTRAINT "journal_entries_deleted_by_users_id_fk" FOREIGN KEY ("deleted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journal_entries" ADD CONSTRAINT "journal_entries_disputed_by_users_id_fk" FOREIGN KEY ("disputed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journal_entries" ADD CONSTRAINT "journal_entries_dispute_resolved_by_users_id_fk" FOREIGN KEY ("dispute_resolved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "journal_entries_open_disputes_idx" ON "journal_entries" USING btree ("order_id") WHERE "journal_entries"."dispute_status" = 'open' AND "journal_entries"."deleted_at" IS NULL;--> statement-breakpoint
ALTER TABLE "journal_entries" ADD CONSTRAINT "journal_entries_dispute" CHECK (("journal_entries"."dispute_status" IS NULL) = ("journal_entries"."disputed_at" IS NULL));