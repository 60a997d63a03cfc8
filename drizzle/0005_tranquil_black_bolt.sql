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
CREATE INDEX "filings_approved_qualification_idx" ON "filings" USING btree ("unit_id","decided_at") WHERE "filings"."kind" = 'qualification' and "filings"."state" = 'approved';