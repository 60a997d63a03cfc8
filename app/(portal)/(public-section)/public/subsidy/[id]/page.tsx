import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageHeading } from '@/components/portal/PageHeading';
import { getDb } from '@/lib/db/client';
import { yuan } from '@/lib/subsidy/compute';
import { publicityView } from '@/lib/subsidy/publicity';

export const dynamic = 'force-dynamic';
type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const v = await publicityView(getDb(), (await params).id);
  return v ? { title: v.title, description: `${v.cityName}就业见习补贴公示，公示期 ${v.startDate} 至 ${v.endDate}。` } : { title: '公示不存在' };
}

/** One 公示: 单位, 姓名 (masked), 人次, 金额 and totals, and its two downloads. Kept after it ends, marked so. */
export default async function PublicityPage({ params }: Props) {
  const { id } = await params;
  const v = await publicityView(getDb(), id);
  if (!v) notFound();
  return (
    <>
      <PageHeading title={v.title} crumbs={[{ href: '/', label: '首页' }, { href: '/public/subsidy', label: '就业见习补贴公示' }, { label: v.title }]}>
        <p className="mt-1 text-sm text-slate-700">
          {v.cityName} · 公示期 {v.startDate} 至 {v.endDate}（{v.workingDays}个工作日）{v.ended ? ' · 公示已结束' : ''}
        </p>
      </PageHeading>
      <p className="mb-3 text-sm">
        附件：
        <a href={`/api/subsidy/publicity/${v.id}/table`} className="mx-1 text-brand-700 underline">
          就业见习补贴表
        </a>
        <a href={`/api/subsidy/publicity/${v.id}/roster`} className="mx-1 text-brand-700 underline">
          就业见习花名册
        </a>
      </p>
      <div tabIndex={0} role="region" aria-label="补贴公示名单（可横向滚动）" className="overflow-x-auto rounded-lg border border-slate-200 bg-white p-2">
        <table className="w-full min-w-[30rem] text-left text-sm">
          <caption className="sr-only">补贴公示名单</caption>
          <thead className="bg-slate-100">
            <tr>
              {['单位', '姓名', '补贴月份', '人次', '金额（元）'].map((h) => (
                <th key={h} scope="col" className="px-2 py-1.5">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {v.rows.map((r, i) => (
              <tr key={i} className="border-t border-slate-200">
                <td className="px-2 py-1.5">{r.unitName}</td>
                <td className="px-2 py-1.5">{r.name}</td>
                <td className="px-2 py-1.5">{r.months}</td>
                <td className="px-2 py-1.5">{r.personMonths}</td>
                <td className="px-2 py-1.5">{yuan(r.amountFen)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="border-t-2 border-slate-400 font-semibold">
              <th scope="row" className="px-2 py-1.5">
                合计
              </th>
              <td className="px-2 py-1.5">{v.totals.persons}人</td>
              <td className="px-2 py-1.5">{v.totals.units}个单位</td>
              <td className="px-2 py-1.5">{v.totals.personMonths}</td>
              <td className="px-2 py-1.5">{yuan(v.totals.amountFen)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </>
  );
}
