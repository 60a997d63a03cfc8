import { FILING_STATES, FILING_STATE_LABEL } from '@/lib/filings/labels';
import { FILING_KINDS, KINDS } from '@/lib/kinds';

const selectClass = 'w-full rounded border border-slate-400 bg-white px-2 py-1.5';

/** 【审核状态】【申办月份】 and 业务类型 selectors; a plain GET form, so the URL holds the filters. */
export function FilingFilters({
  action,
  state,
  month,
  kind,
  months,
  children,
}: {
  action: string;
  state?: string;
  month?: string;
  kind?: string;
  months?: string[];
  children?: React.ReactNode;
}) {
  return (
    <form
      method="get"
      action={action}
      role="search"
      aria-label="筛选申报记录"
      className="mb-3 grid gap-3 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-4 sm:items-end"
    >
      <div>
        <label htmlFor="f-state" className="mb-1 block text-sm font-medium">
          审核状态
        </label>
        <select id="f-state" name="state" defaultValue={state ?? 'all'} className={selectClass}>
          <option value="all">全部</option>
          {FILING_STATES.map((s) => (
            <option key={s} value={s}>
              {FILING_STATE_LABEL[s]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="f-month" className="mb-1 block text-sm font-medium">
          申办月份
        </label>
        {months ? (
          <select id="f-month" name="month" defaultValue={month ?? ''} className={selectClass}>
            <option value="">全部</option>
            {months.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </select>
        ) : (
          <input id="f-month" name="month" type="month" defaultValue={month} className={selectClass} />
        )}
      </div>
      <div>
        <label htmlFor="f-kind" className="mb-1 block text-sm font-medium">
          业务类型
        </label>
        <select id="f-kind" name="kind" defaultValue={kind ?? ''} className={selectClass}>
          <option value="">全部</option>
          {FILING_KINDS.map((k) => (
            <option key={k} value={k}>
              {KINDS[k].label}
            </option>
          ))}
        </select>
      </div>
      {children}
      <button type="submit" className="rounded bg-brand-700 px-4 py-2 text-white hover:bg-brand-800">
        查询
      </button>
    </form>
  );
}
