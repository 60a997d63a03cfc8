ALTER TABLE "report_rows" DROP CONSTRAINT "report_rows_filing_id_filings_id_fk";
--> statement-breakpoint
ALTER TABLE "report_rows" DROP CONSTRAINT "report_rows_person_id_persons_id_fk";
--> statement-breakpoint
ALTER TABLE "report_rows" DROP CONSTRAINT "report_rows_position_id_positions_id_fk";
