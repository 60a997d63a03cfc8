import type { ReviewFilter } from '@/lib/filings/queries';
import { FILING_STATE_LABEL } from '@/lib/filings/labels';
import { KINDS } from '@/lib/kinds';
import { INTERN_STATUS, POSITION_STATUS, type ListFilter } from './lists';

/** The filters of a list in words, for the export's title row and the audit log. */
export function describeList(scopeName: string, f: ListFilter, statusLabels: Record<string, string>): string {
  const parts = [`范围 ${scopeName}`];
  if (f.region) parts.push(`地区 ${f.region}`);
  if (f.status && statusLabels[f.status]) parts.push(`状态 ${statusLabels[f.status]}`);
  if (f.q) parts.push(`关键字 ${f.q}`);
  return parts.join(' · ');
}

export function describeQueue(scopeName: string, f: ReviewFilter): string {
  const parts = [`范围 ${scopeName}`, `审核状态 ${f.state ? FILING_STATE_LABEL[f.state] : '全部'}`];
  if (f.kind) parts.push(`业务类型 ${KINDS[f.kind].label}`);
  if (f.month) parts.push(`申办月份 ${f.month}`);
  if (f.region) parts.push(`地区 ${f.region}`);
  if (f.unitName) parts.push(`单位名称 ${f.unitName}`);
  return parts.join(' · ');
}

export const STATUS_LABELS = { interns: INTERN_STATUS, positions: POSITION_STATUS, units: {} } as Record<string, Record<string, string>>;
export const LIST_TITLES: Record<string, string> = { queue: '审核申报', units: '见习单位', positions: '见习岗位', interns: '见习人员' };
