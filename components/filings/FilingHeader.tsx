import type { FilingHeader as Header } from '@/lib/filings/queries';
import { KINDS } from '@/lib/kinds';
import { StateBadge } from './StateBadge';
import { formatTime } from '@/lib/time';

/** The common part of every filing: kind, state, month, bureau, times and the reviewer's note. */
export function FilingHeader({ f }: { f: Header }) {
  return (
    <section aria-label="申报概况" className="rounded-lg border border-slate-200 bg-white p-4">
      <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[9rem_1fr]">
        <dt className="text-slate-600">业务类型</dt>
        <dd>{KINDS[f.kind].label}</dd>
        <dt className="text-slate-600">单位</dt>
        <dd>
          {f.unitName}（<span className="font-mono">{f.uscc}</span>）
        </dd>
        <dt className="text-slate-600">审核状态</dt>
        <dd>
          <StateBadge state={f.state} />
        </dd>
        <dt className="text-slate-600">申办月份</dt>
        <dd className="font-mono">{f.month}</dd>
        <dt className="text-slate-600">业务办理归属地</dt>
        <dd>{f.regionName}</dd>
        <dt className="text-slate-600">提交时间</dt>
        <dd>{formatTime(f.submittedAt)}</dd>
        {f.decidedAt && (
          <>
            <dt className="text-slate-600">审核时间</dt>
            <dd>
              {formatTime(f.decidedAt)}
              {f.decidedByName ? `（${f.decidedByName}）` : ''}
            </dd>
          </>
        )}
        {f.decisionNote && (
          <>
            <dt className="text-slate-600">审核意见</dt>
            <dd className="whitespace-pre-wrap text-red-900">{f.decisionNote}</dd>
          </>
        )}
      </dl>
    </section>
  );
}
