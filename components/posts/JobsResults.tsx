import { formatYuan } from '@/lib/posts/money';
import type { PublicListRow } from '@/lib/posts/public';
import { JOBS_PAGE_SIZE, jobsListPath, positionPath, type JobsFilter } from '@/lib/posts/urls';

/**
 * One page of open positions, each with 【查看职位】 carrying this list's address back. Plain server
 * HTML: anchors rather than next/link and short class names (app/globals.css, "job-*"), so the 20
 * rows add no client component and little to the page's RSC payload (#13 item 1).
 */
export function JobsResults({ heading, rows, total, filter }: { heading: string; rows: PublicListRow[]; total: number; filter: JobsFilter }) {
  const here = jobsListPath(filter);
  const pages = Math.max(1, Math.ceil(total / JOBS_PAGE_SIZE));
  return (
    <section aria-labelledby="results" className="mt-4 rounded-lg border border-slate-200 bg-white p-3 sm:p-4">
      <h2 id="results" className="font-semibold">
        {heading}
      </h2>
      <p className="mt-1 text-sm text-slate-600" role="status">
        {total > 0 ? `共 ${total} 个正在招募的岗位，第 ${filter.page} / ${pages} 页` : '暂无符合条件的正在招募的见习岗位。'}
      </p>
      {rows.length > 0 && (
        <ul className="mt-3 divide-y divide-slate-200" aria-label="岗位列表">
          {rows.map((r) => (
            <li key={r.code} className="job-row">
              <div className="min-w-0">
                <p className="job-title">{r.title}</p>
                <p className="job-unit">{r.unitName}</p>
                <p className="job-meta">
                  {/* One text node per item (template strings): no <!-- --> between parts in the HTML, one string each in the RSC payload. */}
                  <span>{`${r.cityName} · ${r.countyName}`}</span>
                  <span>{r.category}</span>
                  <span>{`学历：${r.education}`}</span>
                  <span>{`招 ${r.headcount} 人`}</span>
                  <span>{`${r.months} 个月`}</span>
                  <b>{`${formatYuan(r.allowanceFen)} 元/月`}</b>
                  <span>{`截止 ${r.deadline}`}</span>
                </p>
              </div>
              <a href={`${positionPath(r.code)}?from=${encodeURIComponent(here)}`} className="job-view">
                查看职位<span className="sr-only">{`：${r.title}`}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
      {pages > 1 && (
        <nav aria-label="分页" className="mt-4 flex flex-wrap items-center gap-2 text-sm">
          {filter.page > 1 && (
            <a href={jobsListPath({ ...filter, page: filter.page - 1 })} className="job-page">
              上一页
            </a>
          )}
          <span className="px-2 text-slate-700">{`第 ${filter.page} / ${pages} 页`}</span>
          {filter.page < pages && (
            <a href={jobsListPath({ ...filter, page: filter.page + 1 })} className="job-page">
              下一页
            </a>
          )}
        </nav>
      )}
    </section>
  );
}
