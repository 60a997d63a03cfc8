import { Button } from '@/components/ui/Button';
import { SelectField } from '@/components/ui/SelectField';
import { EDUCATION_REQUIREMENTS, POSITION_CATEGORIES } from '@/lib/posts/options';

/** 学历要求 / 岗位类别 / 关键字: a plain GET form, so that each search has its own address. */
export function JobsFilters({ action, edu, cat, q }: { action: string; edu?: string; cat?: string; q?: string }) {
  const select = 'w-full rounded border border-slate-400 px-2 py-1.5';
  return (
    <form
      action={action}
      method="get"
      role="search"
      aria-label="筛选见习岗位"
      className="mt-3 grid gap-3 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-[1fr_1fr_1.4fr_auto] sm:items-end"
    >
      <SelectField
        id="f-edu"
        name="edu"
        label="学历要求"
        defaultValue={edu}
        empty="不限"
        options={EDUCATION_REQUIREMENTS.filter((e) => e !== '不限')}
        className={select}
      />
      <SelectField id="f-cat" name="cat" label="岗位类别" defaultValue={cat} empty="全部" options={POSITION_CATEGORIES} className={select} />
      <div>
        <label htmlFor="f-q" className="mb-1 block text-sm font-medium text-slate-800">
          关键字
        </label>
        <input id="f-q" name="q" defaultValue={q ?? ''} maxLength={30} placeholder="岗位名称、专业或单位名称" className={select} />
      </div>
      <Button type="submit" className="font-semibold">
        查询
      </Button>
    </form>
  );
}
