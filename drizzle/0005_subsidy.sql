CREATE TABLE "subsidy_batches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"city_code" varchar(4) NOT NULL,
	"batch_no" text NOT NULL,
	"pay_date" date NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"paid_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "subsidy_claim_lines" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"filing_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"month" varchar(7) NOT NULL,
	"min_wage_fen" integer NOT NULL,
	"rate_bp" integer NOT NULL,
	"amount_fen" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "subsidy_claim_months" (
	"person_id" uuid NOT NULL,
	"month" varchar(7) NOT NULL,
	"filing_id" uuid NOT NULL,
	CONSTRAINT "subsidy_claim_months_person_id_month_pk" PRIMARY KEY("person_id","month")
);
--> statement-breakpoint
CREATE TABLE "subsidy_claim_persons" (
	"filing_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"internship_id" uuid NOT NULL,
	"name" text NOT NULL,
	"system_months" integer NOT NULL,
	"claimed_months" integer NOT NULL,
	"insurance_premium_fen" integer,
	"insurance_fen" integer DEFAULT 0 NOT NULL,
	"policy_start" date,
	"policy_end" date,
	"retention_bonus_fen" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "subsidy_claim_persons_filing_id_person_id_pk" PRIMARY KEY("filing_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "subsidy_claims" (
	"filing_id" uuid PRIMARY KEY NOT NULL,
	"stage" text DEFAULT 'submitted' NOT NULL,
	"from_month" varchar(7) NOT NULL,
	"to_month" varchar(7) NOT NULL,
	"person_months" integer NOT NULL,
	"total_fen" integer NOT NULL,
	"county_decided_at" timestamp with time zone,
	"county_decided_by" uuid,
	"county_note" text,
	"city_decided_at" timestamp with time zone,
	"city_decided_by" uuid,
	"city_note" text,
	"publicity_id" uuid,
	"batch_id" uuid
);
--> statement-breakpoint
CREATE TABLE "subsidy_insurance_claims" (
	"person_id" uuid PRIMARY KEY NOT NULL,
	"filing_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "subsidy_publicities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"city_code" varchar(4) NOT NULL,
	"title" text NOT NULL,
	"start_date" date NOT NULL,
	"working_days" integer NOT NULL,
	"end_date" date NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "subsidy_standards" (
	"id" text PRIMARY KEY NOT NULL,
	"province_code" varchar(2) NOT NULL,
	"effective_from" date NOT NULL,
	"rate_bp" integer NOT NULL,
	"retention_threshold_bp" integer,
	"raised_rate_bp" integer,
	"retention_bonus_fen" integer,
	"insurance_cap_fen" integer NOT NULL,
	"doc_no" text NOT NULL,
	"confirmed" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
ALTER TABLE "subsidy_batches" ADD CONSTRAINT "subsidy_batches_created_by_staff_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subsidy_claim_lines" ADD CONSTRAINT "subsidy_claim_lines_filing_id_subsidy_claims_filing_id_fk" FOREIGN KEY ("filing_id") REFERENCES "public"."subsidy_claims"("filing_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subsidy_claim_lines" ADD CONSTRAINT "subsidy_claim_lines_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subsidy_claim_months" ADD CONSTRAINT "subsidy_claim_months_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subsidy_claim_months" ADD CONSTRAINT "subsidy_claim_months_filing_id_subsidy_claims_filing_id_fk" FOREIGN KEY ("filing_id") REFERENCES "public"."subsidy_claims"("filing_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subsidy_claim_persons" ADD CONSTRAINT "subsidy_claim_persons_filing_id_subsidy_claims_filing_id_fk" FOREIGN KEY ("filing_id") REFERENCES "public"."subsidy_claims"("filing_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subsidy_claim_persons" ADD CONSTRAINT "subsidy_claim_persons_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subsidy_claim_persons" ADD CONSTRAINT "subsidy_claim_persons_internship_id_internships_id_fk" FOREIGN KEY ("internship_id") REFERENCES "public"."internships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subsidy_claims" ADD CONSTRAINT "subsidy_claims_filing_id_filings_id_fk" FOREIGN KEY ("filing_id") REFERENCES "public"."filings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subsidy_claims" ADD CONSTRAINT "subsidy_claims_county_decided_by_staff_id_fk" FOREIGN KEY ("county_decided_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subsidy_claims" ADD CONSTRAINT "subsidy_claims_city_decided_by_staff_id_fk" FOREIGN KEY ("city_decided_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subsidy_claims" ADD CONSTRAINT "subsidy_claims_publicity_id_subsidy_publicities_id_fk" FOREIGN KEY ("publicity_id") REFERENCES "public"."subsidy_publicities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subsidy_claims" ADD CONSTRAINT "subsidy_claims_batch_id_subsidy_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."subsidy_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subsidy_insurance_claims" ADD CONSTRAINT "subsidy_insurance_claims_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subsidy_insurance_claims" ADD CONSTRAINT "subsidy_insurance_claims_filing_id_subsidy_claims_filing_id_fk" FOREIGN KEY ("filing_id") REFERENCES "public"."subsidy_claims"("filing_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subsidy_publicities" ADD CONSTRAINT "subsidy_publicities_created_by_staff_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "subsidy_batches_no_uq" ON "subsidy_batches" USING btree ("city_code","batch_no");--> statement-breakpoint
CREATE INDEX "subsidy_claim_lines_filing_idx" ON "subsidy_claim_lines" USING btree ("filing_id");--> statement-breakpoint
CREATE INDEX "subsidy_claim_lines_person_idx" ON "subsidy_claim_lines" USING btree ("person_id","month");--> statement-breakpoint
CREATE INDEX "subsidy_claim_months_filing_idx" ON "subsidy_claim_months" USING btree ("filing_id");--> statement-breakpoint
CREATE INDEX "subsidy_claims_stage_idx" ON "subsidy_claims" USING btree ("stage");--> statement-breakpoint
CREATE INDEX "subsidy_claims_batch_idx" ON "subsidy_claims" USING btree ("batch_id");--> statement-breakpoint
CREATE INDEX "subsidy_claims_publicity_idx" ON "subsidy_claims" USING btree ("publicity_id");--> statement-breakpoint
CREATE INDEX "subsidy_publicities_city_idx" ON "subsidy_publicities" USING btree ("city_code","start_date");