import type { Metadata } from 'next';
import Link from 'next/link';
import { ExportButton } from '@/components/exports/ExportButton';
import { UnitBasics, UnitItemFrame } from '@/components/portal/UnitItemFrame';
import { requireRole } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { UNIT_POSTS_ITEM } from '@/lib/nav/menus';
import { POSITION_STATE_LABEL } from '@/lib/posts/labels';
import { listUnitPositions } from '@/lib/posts/positions';
import { queryText } from '@/lib/validation/text';

const item = UNIT_POSTS_ITEM;
export const metadata: Metadata = { title: item.label };

type Props = { searchParams: Promise<{ q?: string }> };

/** 就业见习岗位查询: 【查询】 lists this unit's approved positions; 【查看详情】 opens one with its 意向人员. */
export default async function Page({ searchParams }: Props) {
  const unit = await requireRole('unit', item.href);
  const sp = await searchParams;
  const q = queryText(sp.q, 30) ?? '';
  const rows = await listUnitPositions(getDb(), unit.id, { q: q || undefined });
  return (
    <UnitItemFrame item={item}>
      <UnitBasics name={unit.name} uscc={unit.uscc} />
      <form
        method="get"
        className="mt-4 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4"
        role="search"
        aria-label="查询见习岗位"
      >
        <div className="min-w-0 flex-1">
          <label htmlFor="q" className="mb-1 block text-sm font-medium text-slate-800">
            岗位名称
          </label>
          <input id="q" name="q" defaultValue={q} maxLength={30} className="w-full rounded border border-slate-400 px-3 py-2" />
        </div>
        <button type="submit" className="rounded bg-brand-700 px-6 py-2 font-semibold text-white hover:bg-brand-800">
          查询
        </button>
      </form>
      <section aria-labelledby="list" className="mt-4 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="list" className="font-semibold">
          审核通过的见习岗位（{rows.length}）
        </h2>
        <div className="mt-2">
          <ExportButton href={`/unit/export/positions${q ? `?q=${encodeURIComponent(q)}` : ''}`} />
        </div>
        {rows.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">暂无审核通过的见习岗位。岗位申请审核通过后显示在这里。</p>
        ) : (
          <div className="mt-2 overflow-x-auto">
            <table className="w-full min-w-[40rem] text-left text-sm">
              <thead className="bg-slate-50 text-slate-700">
                <tr>
                  {['岗位编号', '岗位名称', '见习人数', '意向人数', '招募截止日期', '状态', '操作'].map((h) => (
                    <th key={h} scope="col" className="px-2 py-2 font-semibold">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200">
                {rows.map((r) => (
                  <tr key={r.id}>
                    <td className="px-2 py-2 font-mono">{r.code}</td>
                    <td className="px-2 py-2">{r.title}</td>
                    <td className="px-2 py-2">{r.headcount}</td>
                    <td className="px-2 py-2">{r.interests}</td>
                    <td className="px-2 py-2">{r.deadline}</td>
                    <td className="px-2 py-2">{POSITION_STATE_LABEL[r.state]}</td>
                    <td className="px-2 py-2">
                      <Link href={`/unit/posts/${r.id}`} className="text-brand-700 underline">
                        查看详情<span className="sr-only">：{r.title}</span>
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </UnitItemFrame>
  );
}
