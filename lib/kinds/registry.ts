import 'server-only';
import type { Viewer } from '@/lib/access/viewer';
import type { Db, Tx } from '@/lib/db/client';
import type { FilingKind } from '@/lib/db/schema/filings';
import type { DecidedFiling } from '@/lib/filings/commands';
import type { DetailSection } from '@/lib/filings/detail';
import { invalidatePositions } from '@/lib/posts/cache';
import { approvePosition, positionCodeOf, positionDetails, positionWarnings } from '@/lib/posts/positions';
import { REPORTS, type Report, type ReportKind } from '@/lib/reports/import';
import { approveMatch, approveOnDuty, batchDetails, matchWarnings } from '@/lib/reports/review';
import { approveQualification, qualificationDetails } from '@/lib/units/qualification';
import { FILING_KINDS, KIND_META, type KindMeta } from './index';

/**
 * The server half of each kind's record (the words and places are in `./index.ts`). Every part is
 * present for every kind — `null` where a kind has none — so a missing one is a type error and a
 * failing test, not a silent gap. This sits on top of the domains it names (like review).
 */
export type KindServer = {
  /** The detail sections (个人中心 and 审核详情); the loader itself keeps to what `viewer` may see. */
  details: (db: Db, filingId: string, viewer: Viewer) => Promise<DetailSection[]>;
  /** Re-checks the database rules when a reviewer opens a waiting one (e.g. a position filled meanwhile). */
  warnings: ((db: Db, filingId: string, viewer: Viewer) => Promise<string[]>) | null;
  /** What 审核通过 does, inside the decision's transaction (a throw undoes the decision). */
  onApprove: ((tx: Tx, filing: DecidedFiling) => Promise<unknown>) | null;
  /** What 审核通过 does once committed (cache refreshes: never inside the transaction). */
  afterApprove: ((db: Db, filing: DecidedFiling) => Promise<void>) | null;
  /** The batch report it is filed through (template, import checks), if any. */
  report: Report | null;
};

export type KindRecord = KindMeta & KindServer;

const SERVER = {
  qualification: { details: qualificationDetails, warnings: null, onApprove: approveQualification, afterApprove: null, report: null },
  position: {
    details: positionDetails,
    warnings: positionWarnings,
    onApprove: approvePosition,
    // Publishing makes the public search and the position's page stale.
    afterApprove: async (db, filing) => invalidatePositions(await positionCodeOf(db, filing.id)),
    report: null,
  },
  match: { details: batchDetails('match'), warnings: matchWarnings, onApprove: approveMatch, afterApprove: null, report: REPORTS.match },
  attendance: { details: batchDetails('attendance'), warnings: null, onApprove: null, afterApprove: null, report: REPORTS.attendance },
  on_duty: { details: batchDetails('on_duty'), warnings: null, onApprove: approveOnDuty, afterApprove: null, report: REPORTS.on_duty },
} satisfies Record<FilingKind, KindServer>;

/** One record per filing kind: menus, 个人中心, review, templates and imports all read this. */
export const KINDS = Object.fromEntries(FILING_KINDS.map((k) => [k, { ...KIND_META[k], ...SERVER[k] }])) as Record<FilingKind, KindRecord>;

/** The batch-report kind behind a URL segment (`/api/templates/on-duty` → `on_duty`), or null. */
export function reportKindOfSlug(slug: string): { kind: ReportKind; report: Report } | null {
  const kind = (Object.keys(REPORTS) as ReportKind[]).find((k) => KIND_META[k].slug === slug);
  return kind ? { kind, report: KINDS[kind].report ?? REPORTS[kind] } : null;
}
