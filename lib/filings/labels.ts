import type { FilingKind, FilingState } from '@/lib/db/schema/filings';

/** The manual's words for each kind (业务类型) and state (审核状态). */
export const FILING_KIND_LABEL: Record<FilingKind, string> = {
  qualification: '就业见习单位申请',
  position: '就业见习岗位申请',
  match: '见习匹配结果批量上报',
  attendance: '见习考勤批量上报',
  on_duty: '见习人员每月在岗情况上报',
  subsidy: '就业见习补贴申领',
};

export const FILING_STATE_LABEL: Record<FilingState, string> = {
  pending: '未审核',
  approved: '审核通过',
  rejected: '审核不通过',
  withdrawn: '已撤回',
};

/** YYYY-MM of a moment in Asia/Shanghai (申办月份). */
export function monthOf(d: Date = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).format(d).slice(0, 7);
}

/** 2026-11-28 14:03 in Asia/Shanghai. */
export function formatTime(d: Date | null | undefined): string {
  if (!d) return '';
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).format(d);
}
