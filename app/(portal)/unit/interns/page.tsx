import type { Metadata } from 'next';
import { ExportButton } from '@/components/exports/ExportButton';
import { PageHeading } from '@/components/portal/PageHeading';
import { requireRole } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { unitInterns } from '@/lib/reports/review';

export const metadata: Metadata = { title: '本单位见习人员' };

/** 见习人员: every internship of this unit, with its status and the months of approved attendance. */
export default async function InternsPage() {
  const unit = await requireRole('unit', '/unit/interns');
  const interns = await unitInterns(getDb(), unit.id);
  return (
    <>
      <PageHeading title="本单位见习人员" crumbs={[{ href: '/', label: '首页' }, { href: '/unit', label: '法人办事' }, { label: '本单位见习人员' }]}>
        <p className="mt-1 text-sm text-slate-600">见习匹配结果审核通过后，见习人员出现在这里；在岗情况审核通过后更新状态。</p>
      </PageHeading>
      <div className="mb-2">
        <ExportButton href="/unit/export/interns" />
      </div>
      {interns.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-6 text-center text-slate-600">暂无见习人员。</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full min-w-[40rem] text-left text-sm">
            <caption className="sr-only">本单位见习人员</caption>
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="px-3 py-2">
                  姓名
                </th>
                <th scope="col" className="px-3 py-2">
                  身份证号
                </th>
                <th scope="col" className="px-3 py-2">
                  见习岗位
                </th>
                <th scope="col" className="px-3 py-2">
                  见习期
                </th>
                <th scope="col" className="px-3 py-2">
                  状态
                </th>
                <th scope="col" className="px-3 py-2">
                  已上报考勤月数
                </th>
              </tr>
            </thead>
            <tbody>
              {interns.map((i) => (
                <tr key={i.id} className="border-t border-slate-100">
                  <td className="px-3 py-2">{i.name}</td>
                  <td className="px-3 py-2 font-mono">{i.idMasked}</td>
                  <td className="px-3 py-2">
                    {i.positionTitle}（{i.positionCode}）
                  </td>
                  <td className="px-3 py-2 whitespace-nowrap">
                    {i.startDate} 至 {i.endDate}
                  </td>
                  <td className="px-3 py-2">{i.status}</td>
                  <td className="px-3 py-2">{i.monthsReported}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
