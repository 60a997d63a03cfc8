import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageHeading } from '@/components/portal/PageHeading';
import { RegionChooser } from '@/components/portal/RegionChooser';
import { getDb } from '@/lib/db/client';
import { listCities, listCounties } from '@/lib/regions/queries';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ region?: string[] }> };

async function resolveRegion(segments: string[] = []) {
  if (segments.length > 2) return null;
  const db = getDb();
  const cities = await listCities(db);
  const [cityCode, countyCode] = segments;
  const city = cityCode ? cities.find((c) => c.code === cityCode) : undefined;
  if (cityCode && !city) return null;
  const counties = city ? await listCounties(db, city.code) : [];
  const county = countyCode ? counties.find((c) => c.code === countyCode) : undefined;
  if (countyCode && !county) return null;
  return { cities, counties, city, county };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const r = await resolveRegion((await params).region);
  if (!r) return {};
  const place = [r.city?.name, r.county?.name].filter(Boolean).join('');
  const path = ['/jobs', r.city?.code, r.county?.code].filter(Boolean).join('/');
  return {
    title: `${place || '山西省'}见习岗位查询`,
    description: `${place || '山西省'}正在招募的就业见习岗位，面向离校2年内未就业高校毕业生和16–24岁失业青年。`,
    alternates: { canonical: path },
  };
}

export default async function JobsPage({ params }: Props) {
  const r = await resolveRegion((await params).region);
  if (!r) notFound();
  return (
    <>
      <PageHeading
        title="见习岗位查询"
        crumbs={[{ href: '/', label: '首页' }, { href: '/public', label: '公共就业' }, { href: '/public', label: '创业指导' }, { label: '见习岗位查询' }]}
      >
        <p className="mt-1 text-sm text-slate-600">无需登录。点击见习区域中的市，出现对应县区，再选择筛选条件查询。</p>
      </PageHeading>
      <RegionChooser cities={r.cities} counties={r.counties} city={r.city?.code} county={r.county?.code} />
      <section aria-labelledby="results" className="mt-4 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="results" className="font-semibold">
          {[r.city?.name, r.county?.name].filter(Boolean).join(' · ') || '全省'}见习岗位
        </h2>
        <p className="mt-2 text-sm text-slate-600">暂无正在招募的见习岗位。</p>
      </section>
    </>
  );
}
