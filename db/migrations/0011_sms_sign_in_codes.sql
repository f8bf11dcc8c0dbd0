CREATE TABLE "sms_sign_in_codes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"code_hash" char(64) NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "sms_sign_in_codes_attempts" CHECK ("sms_sign_in_codes"."attempts" >= 0)
);
--> statement-breakpoint
ALTER TABLE "sms_sign_in_codes" ADD CONSTRAINT "sms_sign_in_codes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sms_sign_in_codes_user_idx" ON "sms_sign_in_codes" USING btree ("user_id","created_at");