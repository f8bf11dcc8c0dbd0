ALTER TABLE "acts" ADD COLUMN "return_reasons" text[];--> statement-breakpoint
ALTER TABLE "acts" ADD COLUMN "return_comment" text;--> statement-breakpoint
ALTER TABLE "acts" ADD COLUMN "approval_document_id" uuid;--> statement-breakpoint
ALTER TABLE "acts" ADD CONSTRAINT "acts_approval_document_id_documents_id_fk" FOREIGN KEY ("approval_document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;