import { FILING_STATES, FILING_STATE_LABEL } from '@/lib/filings/labels';
import { FILING_KINDS, KINDS } from '@/lib/kinds';
import { Button } from '@/components/ui/Button';
import { SelectField } from '@/components/ui/SelectField';

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
      <SelectField
        id="f-state"
        name="state"
        label="审核状态"
        defaultValue={state ?? 'all'}
        options={[['all', '全部'], ...FILING_STATES.map((s) => [s, FILING_STATE_LABEL[s]] as const)]}
      />
      {months ? (
        <SelectField id="f-month" name="month" label="申办月份" defaultValue={month} empty="全部" options={months} />
      ) : (
        <div>
          <label htmlFor="f-month" className="mb-1 block text-sm font-medium text-slate-800">
            申办月份
          </label>
          <input id="f-month" name="month" type="month" defaultValue={month} className={selectClass} />
        </div>
      )}
      <SelectField id="f-kind" name="kind" label="业务类型" defaultValue={kind} empty="全部" options={FILING_KINDS.map((k) => [k, KINDS[k].label] as const)} />
      {children}
      <Button type="submit">查询</Button>
    </form>
  );
}
