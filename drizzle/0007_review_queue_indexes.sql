DROP INDEX "filings_queue_idx";--> statement-breakpoint
CREATE INDEX "filings_queue_order_idx" ON "filings" USING btree ("state","submitted_at","id","region_code");--> statement-breakpoint
CREATE INDEX "filings_queue_idx" ON "filings" USING btree ("state","region_code" varchar_pattern_ops,"submitted_at","id");