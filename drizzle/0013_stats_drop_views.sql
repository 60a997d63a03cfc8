DROP MATERIALIZED VIEW "public"."stats_monthly";--> statement-breakpoint
DROP MATERIALIZED VIEW "public"."stats_units";