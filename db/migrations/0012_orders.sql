CREATE SEQUENCE "public"."order_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "order_decision_terms" (
	"category" text PRIMARY KEY NOT NULL,
	"days" integer NOT NULL,
	"day_kind" text NOT NULL,
	"on_expiry" text NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "order_decision_terms_days" CHECK ("order_decision_terms"."days" BETWEEN 1 AND 60),
	CONSTRAINT "order_decision_terms_category" CHECK ("order_decision_terms"."category" IN ('wheelchair','technical_aid','prosthetic','sanatorium','assistant','sign_language'))
);
--> statement-breakpoint
CREATE TABLE "orders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"recipient_id" uuid NOT NULL,
	"placed_by_user_id" uuid NOT NULL,
	"provider_id" uuid NOT NULL,
	"catalog_item_id" uuid NOT NULL,
	"classifier_code" text NOT NULL,
	"category" text NOT NULL,
	"ipr_id" uuid NOT NULL,
	"ipr_number" text NOT NULL,
	"quantity" integer NOT NULL,
	"unit_price" numeric(14, 2) NOT NULL,
	"guaranteed_sum" numeric(14, 2),
	"delivery" text,
	"delivery_address" text,
	"lead_time_days" integer NOT NULL,
	"period_from" date,
	"period_to" date,
	"status" text NOT NULL,
	"fulfilment_step" text,
	"submitted_at" timestamp with time zone,
	"deadline_at" timestamp with time zone,
	"term_days" integer,
	"term_day_kind" text,
	"on_expiry" text,
	"overdue_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"refusal_reason" text,
	"refusal_comment" text,
	"return_reason" text,
	"status_changed_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "orders_number_unique" UNIQUE("number"),
	CONSTRAINT "orders_status" CHECK ("orders"."status" IN ('draft','submitted','accepted','refused','expired','in_fulfilment','delivered','closed','returned')),
	CONSTRAINT "orders_fulfilment_step" CHECK ("orders"."fulfilment_step" IS NULL OR "orders"."fulfilment_step" IN ('shipped','ready_for_pickup')),
	CONSTRAINT "orders_delivery" CHECK ("orders"."delivery" IS NULL OR "orders"."delivery" IN ('delivery','pickup')),
	CONSTRAINT "orders_quantity" CHECK ("orders"."quantity" BETWEEN 1 AND 1000),
	CONSTRAINT "orders_price" CHECK ("orders"."unit_price" > 0),
	CONSTRAINT "orders_delivery_address" CHECK ("orders"."delivery" IS DISTINCT FROM 'delivery' OR "orders"."delivery_address" IS NOT NULL),
	CONSTRAINT "orders_submitted" CHECK ("orders"."status" = 'draft' OR ("orders"."submitted_at" IS NOT NULL AND "orders"."deadline_at" IS NOT NULL)),
	CONSTRAINT "orders_refusal" CHECK ("orders"."status" <> 'refused' OR "orders"."refusal_reason" IS NOT NULL),
	CONSTRAINT "orders_returned" CHECK ("orders"."status" <> 'returned' OR "orders"."return_reason" IS NOT NULL)
);
--> statement-breakpoint
ALTER TABLE "notifications" ALTER COLUMN "recipient_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "provider_id" uuid;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "office_id" uuid;--> statement-breakpoint
ALTER TABLE "order_decision_terms" ADD CONSTRAINT "order_decision_terms_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_recipient_id_recipients_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."recipients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_placed_by_user_id_users_id_fk" FOREIGN KEY ("placed_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_provider_id_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."providers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_catalog_item_id_catalog_items_id_fk" FOREIGN KEY ("catalog_item_id") REFERENCES "public"."catalog_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_classifier_code_classifier_entries_code_fk" FOREIGN KEY ("classifier_code") REFERENCES "public"."classifier_entries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_ipr_id_iprs_id_fk" FOREIGN KEY ("ipr_id") REFERENCES "public"."iprs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "orders_recipient_idx" ON "orders" USING btree ("recipient_id","status");--> statement-breakpoint
CREATE INDEX "orders_provider_idx" ON "orders" USING btree ("provider_id","status","submitted_at");--> statement-breakpoint
CREATE INDEX "orders_deadline_idx" ON "orders" USING btree ("deadline_at") WHERE "orders"."status" = 'submitted';--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_provider_id_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."providers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_office_id_employment_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."employment_offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "notifications_provider_idx" ON "notifications" USING btree ("provider_id","created_at") WHERE "notifications"."provider_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "notifications_office_idx" ON "notifications" USING btree ("office_id","created_at") WHERE "notifications"."office_id" IS NOT NULL;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_one_addressee" CHECK (num_nonnulls("notifications"."recipient_id", "notifications"."provider_id", "notifications"."office_id") = 1);--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_sms_to_recipient" CHECK ("notifications"."channel" <> 'sms' OR "notifications"."recipient_id" IS NOT NULL);