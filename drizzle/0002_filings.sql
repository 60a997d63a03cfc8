CREATE TABLE "files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"filing_id" uuid,
	"slot" text NOT NULL,
	"storage_key" text NOT NULL,
	"original_name" text NOT NULL,
	"mime" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "files_storageKey_unique" UNIQUE("storage_key")
);
--> statement-breakpoint
CREATE TABLE "filing_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"filing_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_kind" text NOT NULL,
	"actor_id" uuid,
	"action" text NOT NULL,
	"from_state" text,
	"to_state" text NOT NULL,
	"note" text,
	"ip" text
);
--> statement-breakpoint
CREATE TABLE "filings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"month" varchar(7) NOT NULL,
	"region_code" varchar(6) NOT NULL,
	"title" text NOT NULL,
	"version" integer DEFAULT 0 NOT NULL,
	"submission_key" text NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone,
	"decided_by" uuid,
	"decision_note" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "unit_qualifications" (
	"filing_id" uuid PRIMARY KEY NOT NULL,
	"unit_type" text NOT NULL,
	"industry" varchar(1) NOT NULL,
	"reg_address" text NOT NULL,
	"biz_address" text NOT NULL,
	"legal_rep" text NOT NULL,
	"contact_name" text NOT NULL,
	"contact_phone" text NOT NULL,
	"staff_count" integer NOT NULL,
	"intro" text NOT NULL,
	"bank_name" text NOT NULL,
	"bank_code" varchar(12) NOT NULL,
	"account_name" text NOT NULL,
	"bank_account_enc" text NOT NULL,
	"bank_account_hash" text NOT NULL,
	"bank_account_last4" varchar(4) NOT NULL
);
--> statement-breakpoint
ALTER TABLE "files" ADD CONSTRAINT "files_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "files" ADD CONSTRAINT "files_filing_id_filings_id_fk" FOREIGN KEY ("filing_id") REFERENCES "public"."filings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "filing_events" ADD CONSTRAINT "filing_events_filing_id_filings_id_fk" FOREIGN KEY ("filing_id") REFERENCES "public"."filings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "filings" ADD CONSTRAINT "filings_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "filings" ADD CONSTRAINT "filings_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "filings" ADD CONSTRAINT "filings_decided_by_staff_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_qualifications" ADD CONSTRAINT "unit_qualifications_filing_id_filings_id_fk" FOREIGN KEY ("filing_id") REFERENCES "public"."filings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "files_filing_idx" ON "files" USING btree ("filing_id");--> statement-breakpoint
CREATE INDEX "files_unlinked_idx" ON "files" USING btree ("created_at") WHERE "files"."filing_id" is null;--> statement-breakpoint
CREATE INDEX "filing_events_filing_idx" ON "filing_events" USING btree ("filing_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "filings_submission_key_uq" ON "filings" USING btree ("unit_id","submission_key");--> statement-breakpoint
CREATE INDEX "filings_unit_idx" ON "filings" USING btree ("unit_id","submitted_at");--> statement-breakpoint
CREATE INDEX "filings_queue_idx" ON "filings" USING btree ("state","region_code","submitted_at");--> statement-breakpoint
CREATE UNIQUE INDEX "filings_one_pending_qualification_uq" ON "filings" USING btree ("unit_id") WHERE "filings"."kind" = 'qualification' and "filings"."state" = 'pending';