import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeading } from '@/components/portal/PageHeading';
import { getDb } from '@/lib/db/client';
import { currentPublicities } from '@/lib/subsidy/publicity';

export const metadata: Metadata = { title: '就业见习补贴公示', description: '山西省各市就业见习补贴公示（公示期内）。' };
export const dynamic = 'force-dynamic';

/** 公共就业 → 就业见习补贴公示: the 公示 in progress today; ended ones keep their own page. */
export default async function PublicitiesPage() {
  const list = await currentPublicities(getDb());
  return (
    <>
      <PageHeading title="就业见习补贴公示" crumbs={[{ href: '/', label: '首页' }, { href: '/public', label: '公共就业' }, { label: '就业见习补贴公示' }]}>
        <p className="mt-1 text-sm text-slate-600">公示期内如有异议，请向公示发布单位反映。</p>
      </PageHeading>
      {list.length === 0 ? (
        <p className="rounded border border-slate-200 bg-white p-4">目前没有公示期内的就业见习补贴公示。</p>
      ) : (
        <ul aria-label="公示期内的补贴公示" className="space-y-2">
          {list.map((p) => (
            <li key={p.id} className="rounded-lg border border-slate-200 bg-white p-4">
              <Link href={`/public/subsidy/${p.id}`} className="font-semibold text-brand-800 underline">
                {p.title}
              </Link>
              <p className="mt-1 text-sm text-slate-700">
                {p.cityName} · 公示期 {p.startDate} 至 {p.endDate}（{p.workingDays}个工作日）
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
