CREATE TYPE "public"."user_role" AS ENUM('recipient', 'representative', 'provider_admin', 'provider_worker', 'office_officer', 'administrator', 'integration_client');--> statement-breakpoint
CREATE TABLE "regions" (
	"kato" char(9) PRIMARY KEY NOT NULL,
	"parent_kato" char(9),
	"level" text NOT NULL,
	"name_kk" text NOT NULL,
	"name_ru" text NOT NULL,
	"name_en" text NOT NULL,
	CONSTRAINT "regions_kato_digits" CHECK ("regions"."kato" ~ '^[0-9]{9}$')
);
--> statement-breakpoint
CREATE TABLE "employment_offices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name_kk" text NOT NULL,
	"name_ru" text NOT NULL,
	"name_en" text NOT NULL,
	"region_kato" char(9) NOT NULL,
	"address" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "office_districts" (
	"kato" char(9) PRIMARY KEY NOT NULL,
	"office_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "provider_regions" (
	"provider_id" uuid NOT NULL,
	"kato" char(9) NOT NULL,
	CONSTRAINT "provider_regions_provider_id_kato_pk" PRIMARY KEY("provider_id","kato")
);
--> statement-breakpoint
CREATE TABLE "providers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"bin" char(12),
	"iin" char(12),
	"name" text NOT NULL,
	"legal_address" text NOT NULL,
	"phone" text NOT NULL,
	"email" text NOT NULL,
	"iban" char(20) NOT NULL,
	"bik" text NOT NULL,
	"bank_name" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "providers_bin_unique" UNIQUE("bin"),
	CONSTRAINT "providers_iin_unique" UNIQUE("iin"),
	CONSTRAINT "providers_identifier" CHECK (("providers"."kind" = 'organisation' AND "providers"."bin" IS NOT NULL AND "providers"."iin" IS NULL) OR ("providers"."kind" = 'entrepreneur' AND "providers"."iin" IS NOT NULL AND "providers"."bin" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "recipients" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"iin" char(12) NOT NULL,
	"full_name" text NOT NULL,
	"phone" text,
	"address" text,
	"kato" char(9),
	"disability_group" text,
	"life_status" text DEFAULT 'active' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "recipients_iin_unique" UNIQUE("iin")
);
--> statement-breakpoint
CREATE TABLE "api_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"token_hash" char(64) NOT NULL,
	"session_version" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "api_tokens_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "representations" (
	"representative_user_id" uuid NOT NULL,
	"recipient_id" uuid NOT NULL,
	"basis" text NOT NULL,
	"document_number" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	CONSTRAINT "representations_representative_user_id_recipient_id_pk" PRIMARY KEY("representative_user_id","recipient_id")
);
--> statement-breakpoint
CREATE TABLE "sign_in_attempts" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "sign_in_attempts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"login" text NOT NULL,
	"ip" text NOT NULL,
	"succeeded" text NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"role" "user_role" NOT NULL,
	"login" text NOT NULL,
	"email" text,
	"iin" char(12),
	"full_name" text NOT NULL,
	"password_hash" text,
	"locale" text DEFAULT 'ru' NOT NULL,
	"session_version" integer DEFAULT 1 NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"provider_id" uuid,
	"office_id" uuid,
	"recipient_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "users_login_unique" UNIQUE("login"),
	CONSTRAINT "users_email_unique" UNIQUE("email"),
	CONSTRAINT "users_role_links" CHECK (("users"."role" IN ('provider_admin','provider_worker')) = ("users"."provider_id" IS NOT NULL)
        AND ("users"."role" = 'office_officer') = ("users"."office_id" IS NOT NULL)
        AND ("users"."role" = 'recipient') = ("users"."recipient_id" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "classifier_entries" (
	"code" text PRIMARY KEY NOT NULL,
	"category" text NOT NULL,
	"kind" text NOT NULL,
	"unit" text NOT NULL,
	"name_kk" text NOT NULL,
	"name_ru" text NOT NULL,
	"name_en" text NOT NULL,
	"indications_ru" text,
	"contraindications_ru" text
);
--> statement-breakpoint
CREATE TABLE "guaranteed_sums" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"classifier_code" text NOT NULL,
	"amount" numeric(14, 2) NOT NULL,
	"valid_from" date NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "guaranteed_sums_code_from" UNIQUE("classifier_code","valid_from"),
	CONSTRAINT "guaranteed_sums_positive" CHECK ("guaranteed_sums"."amount" > 0)
);
--> statement-breakpoint
CREATE TABLE "calendar_days" (
	"date" date PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"source" text NOT NULL,
	"name_kk" text NOT NULL,
	"name_ru" text NOT NULL,
	"name_en" text NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"seq" bigint PRIMARY KEY NOT NULL,
	"at" timestamp (3) with time zone NOT NULL,
	"actor_user_id" uuid,
	"actor_role" text,
	"on_behalf_of_recipient_id" uuid,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"from_state" text,
	"to_state" text,
	"reason" text,
	"data" jsonb NOT NULL,
	"prev_hash" char(64) NOT NULL,
	"hash" char(64) NOT NULL,
	CONSTRAINT "audit_log_hash_unique" UNIQUE("hash")
);
--> statement-breakpoint
ALTER TABLE "regions" ADD CONSTRAINT "regions_parent_kato_regions_kato_fk" FOREIGN KEY ("parent_kato") REFERENCES "public"."regions"("kato") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employment_offices" ADD CONSTRAINT "employment_offices_region_kato_regions_kato_fk" FOREIGN KEY ("region_kato") REFERENCES "public"."regions"("kato") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "office_districts" ADD CONSTRAINT "office_districts_kato_regions_kato_fk" FOREIGN KEY ("kato") REFERENCES "public"."regions"("kato") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "office_districts" ADD CONSTRAINT "office_districts_office_id_employment_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."employment_offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provider_regions" ADD CONSTRAINT "provider_regions_provider_id_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."providers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provider_regions" ADD CONSTRAINT "provider_regions_kato_regions_kato_fk" FOREIGN KEY ("kato") REFERENCES "public"."regions"("kato") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recipients" ADD CONSTRAINT "recipients_kato_regions_kato_fk" FOREIGN KEY ("kato") REFERENCES "public"."regions"("kato") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "representations" ADD CONSTRAINT "representations_representative_user_id_users_id_fk" FOREIGN KEY ("representative_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "representations" ADD CONSTRAINT "representations_recipient_id_recipients_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."recipients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_provider_id_providers_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."providers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_office_id_employment_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."employment_offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_recipient_id_recipients_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."recipients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guaranteed_sums" ADD CONSTRAINT "guaranteed_sums_classifier_code_classifier_entries_code_fk" FOREIGN KEY ("classifier_code") REFERENCES "public"."classifier_entries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guaranteed_sums" ADD CONSTRAINT "guaranteed_sums_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_days" ADD CONSTRAINT "calendar_days_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "regions_parent_idx" ON "regions" USING btree ("parent_kato");--> statement-breakpoint
CREATE INDEX "provider_regions_kato_idx" ON "provider_regions" USING btree ("kato");--> statement-breakpoint
CREATE INDEX "recipients_kato_idx" ON "recipients" USING btree ("kato");--> statement-breakpoint
CREATE INDEX "sign_in_attempts_login_idx" ON "sign_in_attempts" USING btree ("login","at");--> statement-breakpoint
CREATE INDEX "sign_in_attempts_ip_idx" ON "sign_in_attempts" USING btree ("ip","at");--> statement-breakpoint
CREATE INDEX "users_iin_idx" ON "users" USING btree ("iin");--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity_type","entity_id");