CREATE TABLE "stats_monthly" (
	"region_code" varchar(6) NOT NULL,
	"unit_type" text,
	"industry" varchar(1),
	"category" text NOT NULL,
	"month" varchar(7) NOT NULL,
	"units" integer NOT NULL,
	"unit_cats" integer NOT NULL,
	"on_duty_in" integer NOT NULL,
	"on_duty_out" integer NOT NULL,
	"positions" integer NOT NULL,
	"places" integer NOT NULL,
	"started" integer NOT NULL,
	"completed" integer NOT NULL,
	"ended_early" integer NOT NULL,
	"retained" integer NOT NULL,
	"subsidy_months" integer NOT NULL,
	"subsidy_fen" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stats_rollup" (
	"region_key" text NOT NULL,
	"parent_key" text NOT NULL,
	"dim" text NOT NULL,
	"key" text NOT NULL,
	"month" varchar(7) NOT NULL,
	"units" integer NOT NULL,
	"on_duty_in" integer NOT NULL,
	"on_duty_out" integer NOT NULL,
	"positions" integer NOT NULL,
	"places" integer NOT NULL,
	"started" integer NOT NULL,
	"completed" integer NOT NULL,
	"ended_early" integer NOT NULL,
	"retained" integer NOT NULL,
	"subsidy_months" integer NOT NULL,
	"subsidy_fen" bigint NOT NULL,
	CONSTRAINT "stats_rollup_pk" PRIMARY KEY("region_key","dim","key","month")
);
--> statement-breakpoint
CREATE TABLE "stats_units" (
	"unit_id" uuid PRIMARY KEY NOT NULL,
	"region_code" varchar(6) NOT NULL,
	"unit_type" text NOT NULL,
	"industry" varchar(1) NOT NULL,
	"decided_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "stats_monthly_region_idx" ON "stats_monthly" USING btree ("region_code" varchar_pattern_ops,"month");--> statement-breakpoint
CREATE INDEX "stats_rollup_parent_idx" ON "stats_rollup" USING btree ("parent_key","dim","month");