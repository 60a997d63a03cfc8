import type { Metadata } from 'next';
import Link from 'next/link';
import { ExportButton } from '@/components/exports/ExportButton';
import { ChartFigure, StatsTable } from '@/components/stats/StatsTable';
import { Button } from '@/components/ui/Button';
import { SelectField } from '@/components/ui/SelectField';
import { requireRole } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { POSITION_CATEGORIES } from '@/lib/posts/options';
import { regionTree } from '@/lib/regions/queries';
import { monthlyTrend, regionBars, retentionGauge } from '@/lib/stats/charts';
import { INDICATORS, formatIndicator, formatRate } from '@/lib/stats/definitions';
import { filterParams, parseStatsFilter } from '@/lib/stats/filter';
import { statsView } from '@/lib/stats/queries';
import { INDUSTRIES, UNIT_TYPES } from '@/lib/units/qualification-schema';

export const metadata: Metadata = { title: '统计分析' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const field = 'w-full rounded border border-slate-400 bg-white px-2 py-1.5';

/** 统计分析: the bureau's numbers for its region, by region (drill down), month, 岗位类别, 单位类型 and 行业. */
export default async function StatsPage({ searchParams }: Props) {
  const me = await requireRole('staff', '/review/stats');
  const sp = await searchParams;
  const db = getDb();
  const [parsed, tree] = await Promise.all([parseStatsFilter(db, me.region, sp), regionTree(db)]);
  const regionOptions = [
    ...(me.region === '14' ? [{ code: '14', name: '山西省（全省）' }] : []),
    ...tree.flatMap((c) => [{ code: c.code, name: c.name }, ...c.counties.map((k) => ({ code: k.code, name: `${c.name} · ${k.name}` }))]),
  ].filter((r) => r.code.startsWith(me.region));
  const one = (k: string) => (typeof sp[k] === 'string' ? (sp[k] as string) : '');

  const form = (
    <form
      method="get"
      action="/review/stats"
      role="search"
      aria-label="统计条件"
      className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-3 lg:grid-cols-6 sm:items-end"
    >
      <SelectField
        id="s-region"
        name="region"
        label="地区"
        options={regionOptions.map((r) => [r.code, r.name] as const)}
        defaultValue={parsed.ok ? parsed.filter.region : me.region}
      />
      <div>
        <label htmlFor="s-from" className="mb-1 block text-sm font-medium text-slate-800">
          起始月份
        </label>
        <input id="s-from" name="from" type="month" defaultValue={parsed.ok ? parsed.filter.from : one('from')} className={field} />
      </div>
      <div>
        <label htmlFor="s-to" className="mb-1 block text-sm font-medium text-slate-800">
          截止月份
        </label>
        <input id="s-to" name="to" type="month" defaultValue={parsed.ok ? parsed.filter.to : one('to')} className={field} />
      </div>
      <SelectField id="s-category" name="category" label="岗位类别" options={POSITION_CATEGORIES} defaultValue={one('category')} empty="全部" />
      <SelectField id="s-type" name="unitType" label="单位类型" options={UNIT_TYPES} defaultValue={one('unitType')} empty="全部" />
      <SelectField
        id="s-industry"
        name="industry"
        label="所属行业"
        options={INDUSTRIES.map(([c, n]) => [c, `${c} ${n}`] as const)}
        defaultValue={one('industry')}
        empty="全部"
      />
      <Button type="submit">统计</Button>
    </form>
  );

  if (!parsed.ok) {
    return (
      <>
        <h1 className="mb-3 text-xl font-bold">统计分析</h1>
        {form}
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800">
          {parsed.message}
        </p>
      </>
    );
  }
  const f = parsed.filter;
  const href = (region: string) => `/review/stats?${filterParams(f, { region })}`;
  const v = await statsView(db, f, href);
  const crumbs = [f.region.slice(0, 2), f.region.slice(0, 4), f.region].filter(
    (c, i, a) => c.length >= me.region.length && a.indexOf(c) === i && c.length <= f.region.length,
  );
  const names = new Map(regionOptions.map((r) => [r.code, r.name]));

  return (
    <>
      <h1 className="text-xl font-bold">统计分析</h1>
      <p className="mt-1 mb-3 text-sm text-slate-700">
        {me.bureau} · {me.name}（辖区代码 {me.region}）
      </p>
      {form}
      <nav aria-label="地区层级" className="mb-3 text-sm">
        <ol className="flex flex-wrap gap-1">
          {crumbs.map((c, i) => (
            <li key={c}>
              {i > 0 && (
                <span aria-hidden="true" className="mx-1">
                  ›
                </span>
              )}
              {c === f.region ? (
                <span aria-current="page" className="font-medium">
                  {names.get(c)?.split(' · ').pop() ?? f.regionName}
                </span>
              ) : (
                <Link href={href(c)} className="text-brand-700 underline">
                  {names.get(c)?.split(' · ').pop()}
                </Link>
              )}
            </li>
          ))}
        </ol>
      </nav>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-slate-700" data-testid="stats-scope">
          {f.regionName} · {f.from} 至 {f.to}
        </p>
        <ExportButton href={`/review/stats/export?${filterParams(f)}`} />
      </div>

      <section aria-labelledby="h-indicators" className="mb-6">
        <h2 id="h-indicators" className="mb-2 text-lg font-bold">
          主要指标
        </h2>
        <dl className="grid gap-2 sm:grid-cols-2 lg:grid-cols-4">
          {INDICATORS.map((i) => (
            <div key={i.key} className="rounded-lg border border-slate-200 bg-white p-3" data-indicator={i.key}>
              <dt className="text-sm text-slate-700">{i.label}</dt>
              <dd className="text-2xl font-bold tabular-nums">
                {formatIndicator(i.key, v.total)}
                {i.key !== 'retentionRate' && <span className="ml-1 text-sm font-normal">{i.unit}</span>}
              </dd>
              <dd className="mt-1 text-xs text-slate-600">{i.def}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="h-region" className="mb-6 space-y-2">
        <h2 id="h-region" className="text-lg font-bold">
          按地区{f.region.length < 6 ? '（点击地区名称查看下一级）' : ''}
        </h2>
        <ChartFigure svg={regionBars(v.byRegion)} title={`${f.regionName}各地区招募、新增与在岗见习人数`} />
        <StatsTable id="region" caption="按地区统计" head="地区" rows={v.byRegion} total={v.total} />
      </section>

      <section aria-labelledby="h-month" className="mb-6 space-y-2">
        <h2 id="h-month" className="text-lg font-bold">
          按月份
        </h2>
        <ChartFigure svg={monthlyTrend(v.byMonth)} title="月度趋势：发布岗位、新增见习与月末在岗人数" />
        <StatsTable id="month" caption="按月份统计（见习单位数、在岗见习人数为月末数）" head="月份" rows={v.byMonth} />
      </section>

      <section aria-labelledby="h-retention" className="mb-6 space-y-2">
        <h2 id="h-retention" className="text-lg font-bold">
          留用率
        </h2>
        <div className="grid gap-2 sm:grid-cols-[20rem_1fr] sm:items-start">
          <ChartFigure svg={retentionGauge(v.total.rate)} title={`${f.regionName}留用率`} />
          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white" tabIndex={0} role="region" aria-labelledby="retention-caption">
            <table className="w-full text-sm">
              <caption id="retention-caption" className="px-2 py-1.5 text-left font-medium">
                留用率的计算
              </caption>
              <tbody>
                <tr>
                  <th scope="row" className="px-2 py-1.5 text-left font-normal">
                    完成见习人次
                  </th>
                  <td className="px-2 py-1.5 text-right">{v.total.counts.completed}</td>
                </tr>
                <tr>
                  <th scope="row" className="px-2 py-1.5 text-left font-normal">
                    留用人数
                  </th>
                  <td className="px-2 py-1.5 text-right">{v.total.counts.retained}</td>
                </tr>
                <tr>
                  <th scope="row" className="px-2 py-1.5 text-left font-normal">
                    留用率 = 留用 ÷（完成 + 留用）
                  </th>
                  <td className="px-2 py-1.5 text-right">{formatRate(v.total.rate)}</td>
                </tr>
              </tbody>
            </table>
          </div>
        </div>
      </section>

      <section aria-labelledby="h-breakdowns" className="space-y-3">
        <h2 id="h-breakdowns" className="text-lg font-bold">
          按岗位类别、单位类型、所属行业
        </h2>
        <StatsTable id="category" caption="按岗位类别统计（见习单位数为发布过该类岗位的单位）" head="岗位类别" rows={v.byCategory} />
        <StatsTable id="unitType" caption="按单位类型统计" head="单位类型" rows={v.byUnitType} />
        <StatsTable id="industry" caption="按所属行业统计（GB/T 4754 门类）" head="所属行业" rows={v.byIndustry} />
      </section>
    </>
  );
}
