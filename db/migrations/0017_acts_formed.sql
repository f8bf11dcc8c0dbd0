CREATE TABLE "act_lines" (
	"act_id" uuid NOT NULL,
	"line_no" integer NOT NULL,
	"service" text NOT NULL,
	"date_from" date NOT NULL,
	"date_to" date NOT NULL,
	"minutes" integer NOT NULL,
	"unit_price" numeric(14, 2) NOT NULL,
	"guaranteed_sum" numeric(14, 2),
	"reimbursed_unit_price" numeric(14, 2) NOT NULL,
	"cost" numeric(14, 2) NOT NULL,
	"reimbursed" numeric(14, 2) NOT NULL,
	CONSTRAINT "act_lines_act_id_line_no_pk" PRIMARY KEY("act_id","line_no"),
	CONSTRAINT "act_lines_minutes" CHECK ("act_lines"."minutes" > 0)
);
--> statement-breakpoint
ALTER TABLE "acts" DROP CONSTRAINT "acts_period";--> statement-breakpoint
ALTER TABLE "acts" ADD COLUMN "number" text NOT NULL;--> statement-breakpoint
ALTER TABLE "acts" ADD COLUMN "period" char(7) NOT NULL;--> statement-breakpoint
ALTER TABLE "acts" ADD COLUMN "previous_act_id" uuid;--> statement-breakpoint
ALTER TABLE "acts" ADD COLUMN "service" text NOT NULL;--> statement-breakpoint
ALTER TABLE "acts" ADD COLUMN "minutes" integer NOT NULL;--> statement-breakpoint
ALTER TABLE "acts" ADD COLUMN "unit_price" numeric(14, 2) NOT NULL;--> statement-breakpoint
ALTER TABLE "acts" ADD COLUMN "total" numeric(14, 2) NOT NULL;--> statement-breakpoint
ALTER TABLE "acts" ADD COLUMN "reimbursed" numeric(14, 2) NOT NULL;--> statement-breakpoint
ALTER TABLE "acts" ADD COLUMN "co_payment" numeric(14, 2) NOT NULL;--> statement-breakpoint
ALTER TABLE "acts" ADD COLUMN "recipient_deceased" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "acts" ADD COLUMN "document_id" uuid;--> statement-breakpoint
ALTER TABLE "acts" ADD COLUMN "formed_by" uuid;--> statement-breakpoint
ALTER TABLE "act_lines" ADD CONSTRAINT "act_lines_act_id_acts_id_fk" FOREIGN KEY ("act_id") REFERENCES "public"."acts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "acts" ADD CONSTRAINT "acts_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "acts" ADD CONSTRAINT "acts_formed_by_users_id_fk" FOREIGN KEY ("formed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "acts_provider_idx" ON "acts" USING btree ("provider_id","period");--> statement-breakpoint
CREATE UNIQUE INDEX "acts_one_live_per_month" ON "acts" USING btree ("order_id","period") WHERE "acts"."status" <> 'returned';--> statement-breakpoint
ALTER TABLE "acts" ADD CONSTRAINT "acts_number_unique" UNIQUE("number");--> statement-breakpoint
ALTER TABLE "acts" ADD CONSTRAINT "acts_money" CHECK ("acts"."total" >= 0 and "acts"."reimbursed" >= 0 and "acts"."reimbursed" <= "acts"."total" and "acts"."co_payment" = "acts"."total" - "acts"."reimbursed");--> statement-breakpoint
ALTER TABLE "acts" ADD CONSTRAINT "acts_period" CHECK ("acts"."period_from" <= "acts"."period_to" and to_char("acts"."period_from", 'YYYY-MM') = "acts"."period" and to_char("acts"."period_to", 'YYYY-MM') = "acts"."period");--> statement-breakpoint
ALTER TABLE "acts" ADD CONSTRAINT "acts_previous_act_fk" FOREIGN KEY ("previous_act_id") REFERENCES "public"."acts"("id");
--> statement-breakpoint
-- An act's rows are what its signatures cover: never changed; a correction is a new act version.
CREATE TRIGGER act_lines_no_update BEFORE UPDATE OR DELETE ON act_lines
  FOR EACH ROW EXECUTE FUNCTION qamqor_refuse_change();
--> statement-breakpoint
CREATE TRIGGER act_lines_no_truncate BEFORE TRUNCATE ON act_lines
  FOR EACH STATEMENT EXECUTE FUNCTION qamqor_refuse_change();
