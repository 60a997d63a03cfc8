import type { Db, Tx } from '@/lib/db/client';
import type { FilingKind } from '@/lib/db/schema';
import type { DecidedFiling } from '@/lib/filings/commands';
import type { DetailSection, Viewer } from '@/lib/filings/detail';
import { invalidatePositions } from '@/lib/posts/cache';
import { approvePosition, positionDetails, positionWarnings } from '@/lib/posts/positions';
import { approveMatch, approveOnDuty, batchDetails, matchWarnings } from '@/lib/reports/review';
import { claimProblems } from '@/lib/subsidy/review';
import { subsidyDetails } from '@/lib/subsidy/details';
import { approveQualification, qualificationDetails } from '@/lib/units/qualification';

/**
 * What each kind of filing adds to the shared life of filings: the detail sections it shows and
 * what approving it does (in the decision's transaction). Review sits on top of every domain.
 */
type KindHandlers = {
  details: (db: Db, filingId: string, viewer: Viewer) => Promise<DetailSection[]>;
  onApprove?: (tx: Tx, filing: DecidedFiling) => Promise<void>;
  /** Re-checks the database rules when a reviewer opens it (e.g. a position filled meanwhile). */
  warnings?: (db: Db, filingId: string) => Promise<string[]>;
};

export const KIND_HANDLERS: Record<FilingKind, KindHandlers> = {
  qualification: { details: qualificationDetails, onApprove: approveQualification },
  position: {
    details: positionDetails,
    // Publishing makes the public search and the position's page stale.
    onApprove: async (tx, filing) => invalidatePositions(await approvePosition(tx, filing)),
    warnings: positionWarnings,
  },
  match: { details: batchDetails('match'), onApprove: approveMatch, warnings: matchWarnings },
  attendance: { details: batchDetails('attendance') },
  on_duty: { details: batchDetails('on_duty'), onApprove: approveOnDuty },
  // Two review levels (county, then city): decided by lib/subsidy/review, not by decideFiling.
  subsidy: { details: subsidyDetails, warnings: claimProblems },
};
