CREATE TABLE "journal_day_totals" (
	"recipient_id" uuid NOT NULL,
	"service_date" date NOT NULL,
	"minutes" integer NOT NULL,
	CONSTRAINT "journal_day_totals_recipient_id_service_date_pk" PRIMARY KEY("recipient_id","service_date"),
	CONSTRAINT "journal_day_totals_cap" CHECK ("journal_day_totals"."minutes" BETWEEN 0 AND 480)
);
--> statement-breakpoint
CREATE TABLE "journal_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"order_id" uuid NOT NULL,
	"recipient_id" uuid NOT NULL,
	"provider_id" uuid NOT NULL,
	"worker_user_id" uuid NOT NULL,
	"service" text NOT NULL,
	"service_date" date NOT NULL,
	"start_minute" integer,
	"end_minute" integer,
	"minutes" integer NOT NULL,
	"places" text,
	"mode" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "journal_entries_minutes" CHECK ("journal_entries"."minutes" BETWEEN 1 AND 1440),
	CONSTRAINT "journal_entries_range" CHECK (("journal_entries"."start_minute" IS NULL) = ("journal_entries"."end_minute" IS NULL) AND ("journal_entries"."start_minute" IS NULL OR ("journal_entries"."start_minute" >= 0 AND "journal_entries"."end_minute" <= 1440 AND "journal_entries"."end_minute" - "journal_entries"."start_minute" = "journal_entries"."minutes"))),
	CONSTRAINT "journal_entries_mode" CHECK (("journal_entries"."service" = 'sign_language') = ("journal_entries"."mode" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "journal_year_totals" (
	"recipient_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"minutes" integer NOT NULL,
	CONSTRAINT "journal_year_totals_recipient_id_year_pk" PRIMARY KEY("recipient_id","year"),
	CONSTRAINT "journal_year_totals_cap" CHECK ("journal_year_totals"."minutes" BETWEEN 0 AND 3600)
);
--> statement-breakpoint
ALTER TABLE "journal_day_totals" ADD CONSTRAINT "journal_day_totals_recipient_id_recipients_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."recipients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journal_entries" ADD CONSTRAINT "journal_entries_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journal_entries" ADD CONSTRAINT "journal_entries_recipient_id_recipients_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."recipients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journal_entries" ADD CONSTRAINT "journal_entries_provider_id_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."providers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journal_entries" ADD CONSTRAINT "journal_entries_worker_user_id_users_id_fk" FOREIGN KEY ("worker_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journal_entries" ADD CONSTRAINT "journal_entries_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journal_year_totals" ADD CONSTRAINT "journal_year_totals_recipient_id_recipients_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."recipients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "journal_entries_recipient_day_idx" ON "journal_entries" USING btree ("recipient_id","service_date");--> statement-breakpoint
CREATE INDEX "journal_entries_order_idx" ON "journal_entries" USING btree ("order_id","service_date");