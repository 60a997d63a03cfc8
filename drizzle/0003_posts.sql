CREATE SEQUENCE "public"."position_code_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "position_interests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"position_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "positions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" varchar(20) NOT NULL,
	"filing_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"title" text NOT NULL,
	"category" text NOT NULL,
	"headcount" integer NOT NULL,
	"education" text NOT NULL,
	"major" text NOT NULL,
	"months" integer NOT NULL,
	"allowance_fen" integer NOT NULL,
	"min_wage_fen" integer NOT NULL,
	"city_code" varchar(4) NOT NULL,
	"county_code" varchar(6) NOT NULL,
	"address" text NOT NULL,
	"duties" text NOT NULL,
	"requirements" text NOT NULL,
	"contact_name" text NOT NULL,
	"contact_phone" text NOT NULL,
	"deadline" date NOT NULL,
	"published_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "positions_code_unique" UNIQUE("code"),
	CONSTRAINT "positions_filingId_unique" UNIQUE("filing_id")
);
--> statement-breakpoint
CREATE TABLE "min_wage_counties" (
	"notice_id" text NOT NULL,
	"region_code" varchar(6) NOT NULL,
	"tier" integer,
	"confirmed" boolean DEFAULT false NOT NULL,
	"source" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "min_wage_counties_notice_id_region_code_pk" PRIMARY KEY("notice_id","region_code")
);
--> statement-breakpoint
CREATE TABLE "min_wage_notices" (
	"id" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"doc_no" text,
	"effective_from" date NOT NULL,
	"effective_note" text,
	"source_url" text NOT NULL,
	"other_sources" text,
	"confirmed" boolean DEFAULT false NOT NULL,
	"notes" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "min_wage_tiers" (
	"notice_id" text NOT NULL,
	"tier" integer NOT NULL,
	"monthly_fen" integer NOT NULL,
	"part_time_hourly_fen" integer,
	CONSTRAINT "min_wage_tiers_notice_id_tier_pk" PRIMARY KEY("notice_id","tier")
);
--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "education" text;--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "major" text;--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "school" text;--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "graduation_date" date;--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "category" text;--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "profile_updated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "position_interests" ADD CONSTRAINT "position_interests_position_id_positions_id_fk" FOREIGN KEY ("position_id") REFERENCES "public"."positions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "position_interests" ADD CONSTRAINT "position_interests_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_filing_id_filings_id_fk" FOREIGN KEY ("filing_id") REFERENCES "public"."filings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_county_code_regions_code_fk" FOREIGN KEY ("county_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "min_wage_counties" ADD CONSTRAINT "min_wage_counties_notice_id_min_wage_notices_id_fk" FOREIGN KEY ("notice_id") REFERENCES "public"."min_wage_notices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "min_wage_counties" ADD CONSTRAINT "min_wage_counties_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "min_wage_counties" ADD CONSTRAINT "min_wage_counties_updated_by_staff_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "min_wage_tiers" ADD CONSTRAINT "min_wage_tiers_notice_id_min_wage_notices_id_fk" FOREIGN KEY ("notice_id") REFERENCES "public"."min_wage_notices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "position_interests_active_uq" ON "position_interests" USING btree ("position_id","person_id") WHERE "position_interests"."withdrawn_at" is null;--> statement-breakpoint
CREATE INDEX "position_interests_person_idx" ON "position_interests" USING btree ("person_id","created_at");--> statement-breakpoint
CREATE INDEX "positions_unit_idx" ON "positions" USING btree ("unit_id","created_at");--> statement-breakpoint
CREATE INDEX "positions_open_idx" ON "positions" USING btree ("status","deadline","published_at");--> statement-breakpoint
CREATE INDEX "positions_open_city_idx" ON "positions" USING btree ("status","city_code","published_at");--> statement-breakpoint
CREATE INDEX "positions_open_county_idx" ON "positions" USING btree ("status","county_code","published_at");