import Link from 'next/link';
import { requireRole } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { countyTiers, listNotices, noticeInForce } from '@/lib/posts/min-wage';
import { formatYuan } from '@/lib/posts/money';
import { TIER_LABEL } from '@/lib/posts/options';
import { listCities } from '@/lib/regions/queries';
import { setCountyTierAction } from './actions';
import { todayInShanghai } from '@/lib/time';

export const metadata = { title: '最低工资标准' };

const ERRORS: Record<string, string> = { forbidden: '仅系统管理员可以修改。', failed: '系统繁忙，保存未成功，请稍后重试。' };

type Props = { searchParams: Promise<{ city?: string; saved?: string; error?: string }> };

/** 系统管理员: the minimum-wage notices in force and each county's tier, to check and confirm. */
export default async function MinWagePage({ searchParams }: Props) {
  const me = await requireRole('staff', '/review/admin/min-wage');
  if (!me.admin)
    return (
      <p role="alert" className="rounded bg-amber-50 p-4 text-amber-900">
        仅系统管理员可以维护最低工资标准。
      </p>
    );
  const sp = await searchParams;
  const db = getDb();
  const [cities, notices, notice] = await Promise.all([listCities(db), listNotices(db), noticeInForce(db, todayInShanghai())]);
  const city = cities.find((c) => c.code === sp.city) ?? cities[0];
  const rows = notice ? await countyTiers(db, notice.id, city.code) : [];
  const meta = notices.find((n) => n.id === notice?.id);
  return (
    <>
      <h1 className="text-xl font-bold">最低工资标准</h1>
      {sp.saved && (
        <p role="status" className="mt-3 rounded bg-green-50 p-3 text-sm text-green-900">
          已保存 {rows.find((r) => r.code === sp.saved)?.name ?? sp.saved} 的档次。
        </p>
      )}
      {sp.error && (
        <p role="alert" className="mt-3 rounded bg-red-50 p-3 text-sm text-red-800">
          {ERRORS[sp.error] ?? '保存未成功：档次或县区无效。'}
        </p>
      )}
      {notice && meta && (
        <section aria-labelledby="notice" className="mt-4 rounded-lg border border-slate-200 bg-white p-4 text-sm">
          <h2 id="notice" className="font-semibold">
            现行标准：{meta.title}
          </h2>
          <p className="mt-1">
            文号：{meta.docNo ?? '未找到'}；执行日期：{meta.effectiveFrom}
            {meta.confirmed ? '' : '（未核实）'}
          </p>
          {meta.effectiveNote && <p className="mt-1 text-slate-700">{meta.effectiveNote}</p>}
          <p className="mt-1">{notice.tiers.map((t) => `${TIER_LABEL[t.tier]} ${formatYuan(t.monthlyFen)} 元/月`).join('，')}</p>
          <p className="mt-1 text-slate-700">
            依据：{meta.sourceUrl}
            {meta.otherSources ? `；${meta.otherSources}` : ''}
          </p>
          <p className="mt-1 text-slate-700">{meta.notes}</p>
          <p className="mt-2 font-semibold text-amber-900">档次未核实的县区，见习生活补助按一类标准校验。</p>
        </section>
      )}
      <nav aria-label="选择市" className="mt-4 flex flex-wrap gap-1 text-sm">
        {cities.map((c) => (
          <Link
            key={c.code}
            href={`/review/admin/min-wage?city=${c.code}`}
            aria-current={c.code === city.code ? 'page' : undefined}
            className={`rounded px-2.5 py-1 ${c.code === city.code ? 'bg-brand-700 text-white' : 'text-brand-800 hover:bg-brand-50'}`}
          >
            {c.name}
          </Link>
        ))}
      </nav>
      <ul className="mt-3 space-y-2" aria-label={`${city.name}各县区档次`}>
        {notice &&
          rows.map((r) => (
            <li key={r.code} className="rounded-lg border border-slate-200 bg-white p-3">
              <form action={setCountyTierAction} className="flex flex-wrap items-end gap-3 text-sm">
                <input type="hidden" name="noticeId" value={notice.id} />
                <input type="hidden" name="regionCode" value={r.code} />
                <p className="w-28 font-semibold">
                  {r.name}
                  <span className={`block text-xs ${r.confirmed ? 'text-green-800' : 'text-amber-800'}`}>{r.confirmed ? '已核实' : '未核实'}</span>
                </p>
                <div>
                  <label htmlFor={`tier-${r.code}`} className="block text-xs text-slate-700">
                    档次
                  </label>
                  <select id={`tier-${r.code}`} name="tier" defaultValue={String(r.tier ?? 1)} className="rounded border border-slate-400 px-2 py-1">
                    {notice.tiers.map((t) => (
                      <option key={t.tier} value={t.tier}>{`${TIER_LABEL[t.tier]}（${formatYuan(t.monthlyFen)} 元）`}</option>
                    ))}
                  </select>
                </div>
                <div className="min-w-48 flex-1">
                  <label htmlFor={`src-${r.code}`} className="block text-xs text-slate-700">
                    依据（通知附件、文号或网址）
                  </label>
                  <input id={`src-${r.code}`} name="source" defaultValue={r.source ?? ''} className="w-full rounded border border-slate-400 px-2 py-1" />
                </div>
                <label className="flex items-center gap-1">
                  <input type="checkbox" name="confirmed" defaultChecked={r.confirmed} /> 已核实
                </label>
                <button type="submit" className="rounded bg-brand-700 px-3 py-1.5 text-white hover:bg-brand-800">
                  保存<span className="sr-only">：{r.name}</span>
                </button>
              </form>
            </li>
          ))}
      </ul>
    </>
  );
}
