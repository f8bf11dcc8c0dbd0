CREATE TABLE "payment_registries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"office_id" uuid NOT NULL,
	"status" text NOT NULL,
	"total" numeric(16, 2) NOT NULL,
	"act_count" integer NOT NULL,
	"formed_by" uuid NOT NULL,
	"formed_at" timestamp with time zone NOT NULL,
	"paid_by" uuid,
	"paid_at" timestamp with time zone,
	CONSTRAINT "payment_registries_number_unique" UNIQUE("number")
);
--> statement-breakpoint
CREATE TABLE "payment_registry_acts" (
	"registry_id" uuid NOT NULL,
	"act_id" uuid NOT NULL,
	"provider_id" uuid NOT NULL,
	"amount" numeric(14, 2) NOT NULL
);
--> statement-breakpoint
ALTER TABLE "payment_registries" ADD CONSTRAINT "payment_registries_office_id_employment_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."employment_offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_registries" ADD CONSTRAINT "payment_registries_formed_by_users_id_fk" FOREIGN KEY ("formed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_registries" ADD CONSTRAINT "payment_registries_paid_by_users_id_fk" FOREIGN KEY ("paid_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_registry_acts" ADD CONSTRAINT "payment_registry_acts_registry_id_payment_registries_id_fk" FOREIGN KEY ("registry_id") REFERENCES "public"."payment_registries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_registry_acts" ADD CONSTRAINT "payment_registry_acts_act_id_acts_id_fk" FOREIGN KEY ("act_id") REFERENCES "public"."acts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_registry_acts" ADD CONSTRAINT "payment_registry_acts_provider_id_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."providers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "payment_registries_office_idx" ON "payment_registries" USING btree ("office_id","formed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "payment_registry_acts_once" ON "payment_registry_acts" USING btree ("act_id");--> statement-breakpoint
CREATE INDEX "payment_registry_acts_registry_idx" ON "payment_registry_acts" USING btree ("registry_id");