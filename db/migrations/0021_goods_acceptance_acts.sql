ALTER TABLE "act_lines" DROP CONSTRAINT "act_lines_minutes";--> statement-breakpoint
ALTER TABLE "act_lines" ADD COLUMN "quantity" integer;--> statement-breakpoint
ALTER TABLE "acts" ADD COLUMN "quantity" integer;--> statement-breakpoint
ALTER TABLE "act_lines" ADD CONSTRAINT "act_lines_minutes" CHECK (("act_lines"."service" = 'goods' and "act_lines"."quantity" > 0 and "act_lines"."minutes" = 0) or ("act_lines"."service" <> 'goods' and "act_lines"."minutes" > 0 and "act_lines"."quantity" is null));--> statement-breakpoint
ALTER TABLE "acts" ADD CONSTRAINT "acts_goods" CHECK (("acts"."service" = 'goods' and "acts"."quantity" > 0 and "acts"."minutes" = 0) or ("acts"."service" <> 'goods' and "acts"."quantity" is null));