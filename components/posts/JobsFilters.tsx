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
      <div>
        <label htmlFor="f-edu" className="mb-1 block text-sm font-medium text-slate-800">
          学历要求
        </label>
        <select id="f-edu" name="edu" defaultValue={edu ?? ''} className={select}>
          <option value="">不限</option>
          {EDUCATION_REQUIREMENTS.filter((e) => e !== '不限').map((e) => (
            <option key={e}>{e}</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="f-cat" className="mb-1 block text-sm font-medium text-slate-800">
          岗位类别
        </label>
        <select id="f-cat" name="cat" defaultValue={cat ?? ''} className={select}>
          <option value="">全部</option>
          {POSITION_CATEGORIES.map((c) => (
            <option key={c}>{c}</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="f-q" className="mb-1 block text-sm font-medium text-slate-800">
          关键字
        </label>
        <input id="f-q" name="q" defaultValue={q ?? ''} maxLength={30} placeholder="岗位名称、专业或单位名称" className={select} />
      </div>
      <button type="submit" className="rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">
        查询
      </button>
    </form>
  );
}
