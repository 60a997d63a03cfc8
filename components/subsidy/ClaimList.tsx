import Link from 'next/link';
import type { UnitClaimRow } from '@/lib/subsidy/claims';
import { yuan } from '@/lib/subsidy/compute';
import { SUBSIDY_STAGE_LABEL } from '@/lib/subsidy/labels';

/** A unit's claims with their stage; a refused one offers 修改后重新申领. */
export function ClaimList({ rows }: { rows: UnitClaimRow[] }) {
  if (!rows.length) return <p className="text-sm text-slate-600">暂无补贴申领。</p>;
  return (
    <ul className="divide-y divide-slate-200 text-sm">
      {rows.map((c) => (
        <li key={c.filingId} className="flex flex-wrap items-center gap-x-4 gap-y-1 py-2" data-claim={c.filingId}>
          <span className="font-medium">
            {c.fromMonth} 至 {c.toMonth}
          </span>
          <span>
            {c.personMonths}人次 · {yuan(c.totalFen)}元
          </span>
          <span className="rounded bg-slate-100 px-2 py-0.5 font-semibold">{SUBSIDY_STAGE_LABEL[c.stage]}</span>
          <Link href={`/center/${c.filingId}`} className="text-brand-700 underline">
            查看详情
            <span className="sr-only">
              ：{c.fromMonth} 至 {c.toMonth}
            </span>
          </Link>
          {(c.stage === 'county_rejected' || c.stage === 'city_rejected') && (
            <Link href={`/unit/subsidy?fix=${c.filingId}`} className="text-brand-700 underline">
              修改后重新申领
            </Link>
          )}
        </li>
      ))}
    </ul>
  );
}
