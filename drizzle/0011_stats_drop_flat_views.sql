DROP MATERIALIZED VIEW "public"."stats_internships";--> statement-breakpoint
DROP MATERIALIZED VIEW "public"."stats_positions";--> statement-breakpoint
DROP MATERIALIZED VIEW "public"."stats_unit_categories";