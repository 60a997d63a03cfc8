import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageHeading } from '@/components/portal/PageHeading';
import { RegionChooser } from '@/components/portal/RegionChooser';
import { JobsFilters } from '@/components/posts/JobsFilters';
import { JobsResults } from '@/components/posts/JobsResults';
import { cachedCities, cachedCounties, cachedOpenPositions } from '@/lib/posts/cache';
import { jobsListPath, parseFilterKey, type JobsFilter } from '@/lib/posts/urls';
import { todayInShanghai } from '@/lib/time';

/**
 * 见习岗位查询 (no login). The proxy maps /jobs/市/县区?… here, so the page depends on its path
 * only: rendered on first request, then cached whole and rebuilt when positions change
 * (lib/posts/cache.ts). Nothing is rendered at build time (the database is not opened there).
 */
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ region: string; filters: string }> };

async function load(params: Props['params']) {
  const { region, filters } = await params;
  if (!/^14(\d{2}){0,2}$/.test(region)) return null;
  const cities = await cachedCities();
  const city = region.length >= 4 ? cities.find((c) => c.code === region.slice(0, 4)) : undefined;
  if (region.length >= 4 && !city) return null;
  const counties = city ? await cachedCounties(city.code) : [];
  const county = region.length === 6 ? counties.find((c) => c.code === region) : undefined;
  if (region.length === 6 && !county) return null;
  const filter: JobsFilter = { region, ...parseFilterKey(filters) };
  const place = [city?.name, county?.name].filter(Boolean).join('') || '山西省';
  const conditions = [filter.edu, filter.cat, filter.q && `“${filter.q}”`].filter(Boolean).join(' · ');
  return { cities, counties, city, county, filter, place, conditions };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const r = await load(params);
  if (!r) return {};
  const suffix = [r.conditions, r.filter.page > 1 && `第${r.filter.page}页`].filter(Boolean).join('，');
  return {
    title: `${r.place}见习岗位查询${suffix ? `（${suffix}）` : ''}`,
    description: `${r.place}正在招募的就业见习岗位${r.conditions ? `（${r.conditions}）` : ''}，面向离校2年内未就业高校毕业生和16–24岁失业青年，见习期3–12个月，单位按月发放见习生活补助。`,
    alternates: { canonical: jobsListPath(r.filter) },
  };
}

export default async function JobsPage({ params }: Props) {
  const r = await load(params);
  if (!r) notFound();
  const { rows, total } = await cachedOpenPositions(r.filter, todayInShanghai());
  // A page past the last is a 404, which the page cache does not keep (#14 item 4).
  if (r.filter.page > 1 && rows.length === 0) notFound();
  const regionPath = jobsListPath({ region: r.filter.region, page: 1 });
  return (
    <>
      <PageHeading
        title="见习岗位查询"
        crumbs={[{ href: '/', label: '首页' }, { href: '/public', label: '公共就业' }, { href: '/public', label: '创业指导' }, { label: '见习岗位查询' }]}
      >
        <p className="mt-1 text-sm text-slate-600">无需登录。点击见习区域中的市，出现对应县区，再选择筛选条件查询。</p>
      </PageHeading>
      <RegionChooser cities={r.cities} counties={r.counties} city={r.city?.code} county={r.county?.code} />
      <JobsFilters action={regionPath} edu={r.filter.edu} cat={r.filter.cat} q={r.filter.q} />
      <JobsResults heading={`${[r.city?.name, r.county?.name].filter(Boolean).join(' · ') || '全省'}见习岗位`} rows={rows} total={total} filter={r.filter} />
    </>
  );
}
