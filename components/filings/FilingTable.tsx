import Link from 'next/link';
import type { FilingListRow } from '@/lib/filings/queries';
import { KINDS } from '@/lib/kinds';
import { StateBadge } from './StateBadge';
import { formatTime } from '@/lib/time';

/** A page of filings, newest first; each opens its details. A table on wider screens, cards on a phone. */
export function FilingTable({ rows, hrefBase, showUnit = false, caption }: { rows: FilingListRow[]; hrefBase: string; showUnit?: boolean; caption: string }) {
  if (rows.length === 0) return <p className="rounded-lg border border-slate-200 bg-white p-6 text-center text-slate-600">没有符合条件的申报记录。</p>;
  return (
    <>
      {/* On a phone: one card per filing. */}
      <ul aria-label={caption} className="space-y-2 sm:hidden">
        {rows.map((r) => (
          <li key={r.id} data-filing className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
            <div className="flex items-start justify-between gap-2">
              <span className="font-medium">{r.title}</span>
              <StateBadge state={r.state} />
            </div>
            <p className="mt-1 text-slate-700">
              {KINDS[r.kind].label} · {r.regionName} · <span className="font-mono">{r.month}</span>
            </p>
            {showUnit && <p className="text-slate-700">{r.unitName}</p>}
            <p className="text-slate-600">提交于 {formatTime(r.submittedAt)}</p>
            <Link href={`${hrefBase}/${r.id}`} className="mt-2 inline-block rounded border border-brand-700 px-3 py-1 text-brand-700">
              查看<span className="sr-only">：{r.title}</span>
            </Link>
          </li>
        ))}
      </ul>
      <div className="hidden overflow-x-auto rounded-lg border border-slate-200 bg-white sm:block">
        <table className="w-full min-w-[44rem] text-left text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead className="bg-slate-100 text-slate-700">
            <tr>
              <th scope="col" className="px-3 py-2">
                业务类型
              </th>
              {showUnit && (
                <th scope="col" className="px-3 py-2">
                  单位名称
                </th>
              )}
              <th scope="col" className="px-3 py-2">
                申报内容
              </th>
              <th scope="col" className="px-3 py-2">
                业务办理归属地
              </th>
              <th scope="col" className="px-3 py-2">
                申办月份
              </th>
              <th scope="col" className="px-3 py-2">
                提交时间
              </th>
              <th scope="col" className="px-3 py-2">
                审核状态
              </th>
              <th scope="col" className="px-3 py-2">
                操作
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} data-filing className="border-t border-slate-100">
                <td className="px-3 py-2">{KINDS[r.kind].label}</td>
                {showUnit && <td className="px-3 py-2">{r.unitName}</td>}
                <td className="px-3 py-2">{r.title}</td>
                <td className="px-3 py-2">{r.regionName}</td>
                <td className="px-3 py-2 font-mono">{r.month}</td>
                <td className="px-3 py-2 whitespace-nowrap">{formatTime(r.submittedAt)}</td>
                <td className="px-3 py-2">
                  <StateBadge state={r.state} />
                </td>
                <td className="px-3 py-2">
                  <Link href={`${hrefBase}/${r.id}`} className="text-brand-700 underline">
                    查看<span className="sr-only">：{r.title}</span>
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
