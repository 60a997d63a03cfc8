import Link from 'next/link';
import type { FilingListRow } from '@/lib/filings/queries';
import { FILING_KIND_LABEL, formatTime } from '@/lib/filings/labels';
import { StateBadge } from './StateBadge';

/** A page of filings, newest first; each row opens its details. On a phone the table scrolls sideways inside its box. */
export function FilingTable({ rows, hrefBase, showUnit = false, caption }: { rows: FilingListRow[]; hrefBase: string; showUnit?: boolean; caption: string }) {
  if (rows.length === 0) return <p className="rounded-lg border border-slate-200 bg-white p-6 text-center text-slate-600">没有符合条件的申报记录。</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full min-w-[44rem] text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-100 text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2">业务类型</th>
            {showUnit && <th scope="col" className="px-3 py-2">单位名称</th>}
            <th scope="col" className="px-3 py-2">申报内容</th>
            <th scope="col" className="px-3 py-2">业务办理归属地</th>
            <th scope="col" className="px-3 py-2">申办月份</th>
            <th scope="col" className="px-3 py-2">提交时间</th>
            <th scope="col" className="px-3 py-2">审核状态</th>
            <th scope="col" className="px-3 py-2">操作</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-t border-slate-100">
              <td className="px-3 py-2">{FILING_KIND_LABEL[r.kind]}</td>
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
  );
}
