import { filingStates, type FilingKind, type FilingState } from '@/lib/db/schema/filings';

// Re-exported so that components name kinds and states without reaching into lib/db.
export type { FilingKind, FilingState };

/** The manual's words for each state (审核状态); a kind's words (业务类型) are its `KINDS` label. */
export const FILING_STATE_LABEL: Record<FilingState, string> = {
  pending: '未审核',
  approved: '审核通过',
  rejected: '审核不通过',
  withdrawn: '已撤回',
};

/** Every state, in the order the 审核状态 selector lists them. */
export const FILING_STATES: readonly FilingState[] = filingStates;
