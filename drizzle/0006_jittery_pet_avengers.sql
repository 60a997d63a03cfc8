CREATE TABLE "export_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_kind" text NOT NULL,
	"actor_id" uuid NOT NULL,
	"actor_name" text NOT NULL,
	"what" text NOT NULL,
	"filters" text NOT NULL,
	"row_count" integer NOT NULL,
	"unmasked" boolean DEFAULT false NOT NULL,
	"ip" text
);
--> statement-breakpoint
CREATE INDEX "export_events_actor_idx" ON "export_events" USING btree ("actor_id","at");--> statement-breakpoint
CREATE INDEX "filings_approved_qualification_idx" ON "filings" USING btree ("unit_id","decided_at") WHERE "filings"."kind" = 'qualification' and "filings"."state" = 'approved';--> statement-breakpoint
CREATE MATERIALIZED VIEW "public"."stats_internships" AS (
  select i.unit_id, i.start_date,
         case when i.status <> 'active' and i.status_date is not null then i.status_date else i.end_date end as eff_end,
         i.status, p.category, u.region_code, u.unit_type, u.industry
  from internships i join (select distinct on (f.unit_id) f.unit_id, f.region_code, q.unit_type, q.industry, f.decided_at
  from filings f join unit_qualifications q on q.filing_id = f.id
  where f.kind = 'qualification' and f.state = 'approved'
  order by f.unit_id, f.decided_at desc) u on u.unit_id = i.unit_id join positions p on p.id = i.position_id);--> statement-breakpoint
CREATE MATERIALIZED VIEW "public"."stats_positions" AS (
  select p.id, p.unit_id, p.category, p.headcount, p.published_at, u.region_code, u.unit_type, u.industry, u.decided_at as unit_decided_at
  from positions p join (select distinct on (f.unit_id) f.unit_id, f.region_code, q.unit_type, q.industry, f.decided_at
  from filings f join unit_qualifications q on q.filing_id = f.id
  where f.kind = 'qualification' and f.state = 'approved'
  order by f.unit_id, f.decided_at desc) u on u.unit_id = p.unit_id
  where p.published_at is not null);--> statement-breakpoint
CREATE MATERIALIZED VIEW "public"."stats_unit_categories" AS (
  select p.unit_id, p.category, greatest(u.decided_at, min(p.published_at)) as since, u.region_code, u.unit_type, u.industry
  from positions p join (select distinct on (f.unit_id) f.unit_id, f.region_code, q.unit_type, q.industry, f.decided_at
  from filings f join unit_qualifications q on q.filing_id = f.id
  where f.kind = 'qualification' and f.state = 'approved'
  order by f.unit_id, f.decided_at desc) u on u.unit_id = p.unit_id
  where p.published_at is not null
  group by p.unit_id, p.category, u.decided_at, u.region_code, u.unit_type, u.industry);--> statement-breakpoint
CREATE MATERIALIZED VIEW "public"."stats_units" AS (select * from (select distinct on (f.unit_id) f.unit_id, f.region_code, q.unit_type, q.industry, f.decided_at
  from filings f join unit_qualifications q on q.filing_id = f.id
  where f.kind = 'qualification' and f.state = 'approved'
  order by f.unit_id, f.decided_at desc) u);