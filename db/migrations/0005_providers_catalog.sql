CREATE TABLE "catalog_item_photos" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"catalog_item_id" uuid NOT NULL,
	"content_type" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	"sha256" char(64) NOT NULL,
	"alt_text" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalog_item_prices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"catalog_item_id" uuid NOT NULL,
	"price" numeric(14, 2) NOT NULL,
	"set_at" timestamp with time zone NOT NULL,
	"set_by" uuid
);
--> statement-breakpoint
CREATE TABLE "catalog_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"provider_id" uuid NOT NULL,
	"classifier_code" text NOT NULL,
	"name" text NOT NULL,
	"model" text,
	"description" text,
	"price" numeric(14, 2) NOT NULL,
	"stock" integer,
	"delivery" boolean NOT NULL,
	"pickup" boolean NOT NULL,
	"lead_time_days" integer NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "catalog_items_price" CHECK ("catalog_items"."price" > 0 AND "catalog_items"."price" <= 100000000),
	CONSTRAINT "catalog_items_stock" CHECK ("catalog_items"."stock" IS NULL OR "catalog_items"."stock" >= 0),
	CONSTRAINT "catalog_items_lead_time" CHECK ("catalog_items"."lead_time_days" BETWEEN 0 AND 365)
);
--> statement-breakpoint
CREATE TABLE "provider_workers" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"provider_id" uuid NOT NULL,
	"specialty" text NOT NULL,
	"invited_by" uuid,
	"invited_at" timestamp with time zone NOT NULL,
	"removed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "ipr_measures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"ipr_id" uuid NOT NULL,
	"classifier_code" text NOT NULL,
	"quantity" integer,
	"hours_per_day" integer,
	"hours_per_year" integer,
	"starts_on" date NOT NULL,
	CONSTRAINT "ipr_measures_code" UNIQUE("ipr_id","classifier_code"),
	CONSTRAINT "ipr_measures_amount" CHECK (num_nonnulls("ipr_measures"."quantity", "ipr_measures"."hours_per_day", "ipr_measures"."hours_per_year") = 1 AND coalesce("ipr_measures"."quantity", "ipr_measures"."hours_per_day", "ipr_measures"."hours_per_year") > 0)
);
--> statement-breakpoint
CREATE TABLE "iprs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"recipient_id" uuid NOT NULL,
	"ipr_number" text NOT NULL,
	"version" integer NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date NOT NULL,
	"ended_on" date,
	"status" text DEFAULT 'active' NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	CONSTRAINT "iprs_number_version" UNIQUE("ipr_number","version"),
	CONSTRAINT "iprs_dates" CHECK ("iprs"."valid_from" <= "iprs"."valid_to")
);
--> statement-breakpoint
ALTER TABLE "providers" ADD COLUMN "status_reason" text;--> statement-breakpoint
ALTER TABLE "providers" ADD COLUMN "status_changed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "providers" ADD COLUMN "signer_certificate" text;--> statement-breakpoint
ALTER TABLE "catalog_item_photos" ADD CONSTRAINT "catalog_item_photos_catalog_item_id_catalog_items_id_fk" FOREIGN KEY ("catalog_item_id") REFERENCES "public"."catalog_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalog_item_prices" ADD CONSTRAINT "catalog_item_prices_catalog_item_id_catalog_items_id_fk" FOREIGN KEY ("catalog_item_id") REFERENCES "public"."catalog_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalog_item_prices" ADD CONSTRAINT "catalog_item_prices_set_by_users_id_fk" FOREIGN KEY ("set_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalog_items" ADD CONSTRAINT "catalog_items_provider_id_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."providers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalog_items" ADD CONSTRAINT "catalog_items_classifier_code_classifier_entries_code_fk" FOREIGN KEY ("classifier_code") REFERENCES "public"."classifier_entries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provider_workers" ADD CONSTRAINT "provider_workers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provider_workers" ADD CONSTRAINT "provider_workers_provider_id_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."providers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provider_workers" ADD CONSTRAINT "provider_workers_invited_by_users_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ipr_measures" ADD CONSTRAINT "ipr_measures_ipr_id_iprs_id_fk" FOREIGN KEY ("ipr_id") REFERENCES "public"."iprs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ipr_measures" ADD CONSTRAINT "ipr_measures_classifier_code_classifier_entries_code_fk" FOREIGN KEY ("classifier_code") REFERENCES "public"."classifier_entries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "iprs" ADD CONSTRAINT "iprs_recipient_id_recipients_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."recipients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "catalog_item_photos_item_idx" ON "catalog_item_photos" USING btree ("catalog_item_id");--> statement-breakpoint
CREATE INDEX "catalog_item_prices_item_idx" ON "catalog_item_prices" USING btree ("catalog_item_id","set_at");--> statement-breakpoint
CREATE INDEX "catalog_items_provider_idx" ON "catalog_items" USING btree ("provider_id","status");--> statement-breakpoint
CREATE INDEX "catalog_items_code_price_idx" ON "catalog_items" USING btree ("classifier_code","price","id") WHERE "catalog_items"."status" = 'active';--> statement-breakpoint
CREATE INDEX "provider_workers_provider_idx" ON "provider_workers" USING btree ("provider_id");--> statement-breakpoint
CREATE INDEX "ipr_measures_code_idx" ON "ipr_measures" USING btree ("classifier_code");--> statement-breakpoint
CREATE INDEX "iprs_recipient_idx" ON "iprs" USING btree ("recipient_id","status");--> statement-breakpoint
CREATE INDEX "providers_status_idx" ON "providers" USING btree ("status");--> statement-breakpoint
ALTER TABLE "providers" ADD CONSTRAINT "providers_reason" CHECK ("providers"."status" NOT IN ('rejected','suspended') OR "providers"."status_reason" IS NOT NULL);--> statement-breakpoint
-- The API's category and unit vocabulary becomes the stored one (crutches are counted as one piece, a pair).
UPDATE "classifier_entries" SET "category" = CASE "category" WHEN 'prosthesis' THEN 'prosthetic' WHEN 'assistant_service' THEN 'assistant' WHEN 'sign_language_service' THEN 'sign_language' ELSE "category" END, "unit" = CASE "unit" WHEN 'pair' THEN 'piece' WHEN 'stay' THEN 'day' ELSE "unit" END;--> statement-breakpoint
ALTER TABLE "classifier_entries" ADD CONSTRAINT "classifier_category" CHECK ("classifier_entries"."category" IN ('wheelchair','technical_aid','prosthetic','sanatorium','assistant','sign_language'));--> statement-breakpoint
ALTER TABLE "classifier_entries" ADD CONSTRAINT "classifier_unit" CHECK ("classifier_entries"."unit" IN ('piece','hour','day'));--> statement-breakpoint
ALTER TABLE "classifier_entries" ADD CONSTRAINT "classifier_kind" CHECK (("classifier_entries"."kind" = 'service') = ("classifier_entries"."category" IN ('assistant','sign_language','sanatorium')));--> statement-breakpoint
-- Price history is evidence of what was offered when: append-only like the audit log (R2).
CREATE TRIGGER catalog_item_prices_no_update BEFORE UPDATE OR DELETE ON catalog_item_prices
  FOR EACH ROW EXECUTE FUNCTION qamqor_refuse_change();--> statement-breakpoint
CREATE TRIGGER catalog_item_prices_no_truncate BEFORE TRUNCATE ON catalog_item_prices
  FOR EACH STATEMENT EXECUTE FUNCTION qamqor_refuse_change();
