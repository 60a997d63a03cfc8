import { ExportButton } from '@/components/exports/ExportButton';
import { ListTable } from '@/components/exports/ListTable';
import type { RegionOption } from '@/lib/regions/queries';

const field = 'w-full rounded border border-slate-400 bg-white px-2 py-1.5';
export const SHOWN = 100;

/**
 * One page for the reviewers' lists (见习单位, 见习岗位, 见习人员): GET filters in the URL, the first
 * rows on screen, and 【导出】 for every row the filters select.
 */
export function ListPage(props: {
  title: string;
  path: string;
  exportPath: string;
  regionOptions: RegionOption[];
  statuses?: Record<string, string>;
  params: { region?: string; status?: string; q?: string };
  qLabel: string;
  columns: string[];
  rows: { key: string; cells: (string | number | null)[] }[];
  fullOption?: string;
  error?: string;
}) {
  const qs = new URLSearchParams(Object.entries(props.params).filter((e): e is [string, string] => !!e[1])).toString();
  return (
    <>
      <h1 className="mb-3 text-xl font-bold">{props.title}</h1>
      <form
        method="get"
        action={props.path}
        role="search"
        aria-label={`筛选${props.title}`}
        className="mb-3 grid gap-3 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-4 sm:items-end"
      >
        {props.regionOptions.length > 0 && (
          <div>
            <label htmlFor="l-region" className="mb-1 block text-sm font-medium">
              地区
            </label>
            <select id="l-region" name="region" defaultValue={props.params.region ?? ''} className={field}>
              <option value="">辖区全部</option>
              {props.regionOptions.map((r) => (
                <option key={r.code} value={r.code}>
                  {r.name}
                </option>
              ))}
            </select>
          </div>
        )}
        {props.statuses && (
          <div>
            <label htmlFor="l-status" className="mb-1 block text-sm font-medium">
              状态
            </label>
            <select id="l-status" name="status" defaultValue={props.params.status ?? ''} className={field}>
              <option value="">全部</option>
              {Object.entries(props.statuses).map(([k, v]) => (
                <option key={k} value={k}>
                  {v}
                </option>
              ))}
            </select>
          </div>
        )}
        <div>
          <label htmlFor="l-q" className="mb-1 block text-sm font-medium">
            {props.qLabel}
          </label>
          <input id="l-q" name="q" defaultValue={props.params.q} className={field} />
        </div>
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 text-white hover:bg-brand-800">
          查询
        </button>
      </form>
      {props.error ? (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800">
          {props.error}
        </p>
      ) : (
        <>
          <div className="mb-2 flex flex-wrap items-center gap-4">
            <ExportButton href={`${props.exportPath}${qs ? `?${qs}` : ''}`} />
            {props.fullOption && (
              <ExportButton
                href={`${props.exportPath}?${new URLSearchParams({ ...Object.fromEntries(new URLSearchParams(qs)), full: '1' })}`}
                label={props.fullOption}
              />
            )}
          </div>
          <p className="mb-2 text-sm text-slate-700">
            {props.rows.length >= SHOWN ? `页面显示前 ${SHOWN} 条；【导出】包含全部符合条件的记录。` : `共 ${props.rows.length} 条。`}
          </p>
          <ListTable caption={props.title} columns={props.columns} rows={props.rows} />
        </>
      )}
    </>
  );
}
