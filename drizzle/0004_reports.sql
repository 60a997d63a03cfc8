CREATE TABLE "internships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"position_id" uuid NOT NULL,
	"match_filing_id" uuid NOT NULL,
	"category" text NOT NULL,
	"agreement_date" date NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"status_date" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "marked_uploads" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"file_name" text NOT NULL,
	"storage_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_rows" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"filing_id" uuid NOT NULL,
	"row_no" integer NOT NULL,
	"person_id" uuid NOT NULL,
	"id_card_hash" text NOT NULL,
	"name" text NOT NULL,
	"month" varchar(7),
	"position_id" uuid,
	"data" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "internships" ADD CONSTRAINT "internships_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internships" ADD CONSTRAINT "internships_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internships" ADD CONSTRAINT "internships_position_id_positions_id_fk" FOREIGN KEY ("position_id") REFERENCES "public"."positions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "internships" ADD CONSTRAINT "internships_match_filing_id_filings_id_fk" FOREIGN KEY ("match_filing_id") REFERENCES "public"."filings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "marked_uploads" ADD CONSTRAINT "marked_uploads_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_rows" ADD CONSTRAINT "report_rows_filing_id_filings_id_fk" FOREIGN KEY ("filing_id") REFERENCES "public"."filings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_rows" ADD CONSTRAINT "report_rows_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_rows" ADD CONSTRAINT "report_rows_position_id_positions_id_fk" FOREIGN KEY ("position_id") REFERENCES "public"."positions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "internships_unit_idx" ON "internships" USING btree ("unit_id","start_date");--> statement-breakpoint
CREATE INDEX "internships_person_idx" ON "internships" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "internships_position_idx" ON "internships" USING btree ("position_id");--> statement-breakpoint
CREATE INDEX "report_rows_filing_idx" ON "report_rows" USING btree ("filing_id","row_no");--> statement-breakpoint
CREATE INDEX "report_rows_person_month_idx" ON "report_rows" USING btree ("id_card_hash","month");