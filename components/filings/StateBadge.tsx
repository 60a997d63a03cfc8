import { FILING_STATE_LABEL, type FilingState } from '@/lib/filings/labels';

const STYLE: Record<FilingState, string> = {
  pending: 'bg-amber-100 text-amber-900',
  approved: 'bg-green-100 text-green-900',
  rejected: 'bg-red-100 text-red-900',
  withdrawn: 'bg-slate-200 text-slate-800',
};

export function StateBadge({ state }: { state: FilingState }) {
  return <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold whitespace-nowrap ${STYLE[state]}`}>{FILING_STATE_LABEL[state]}</span>;
}
