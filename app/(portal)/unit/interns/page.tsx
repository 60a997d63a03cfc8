import type { Metadata } from 'next';
import { ExportButton } from '@/components/exports/ExportButton';
import { ListTable } from '@/components/exports/ListTable';
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
      <ListTable
        caption="本单位见习人员"
        columns={['姓名', '身份证号', '见习岗位', '见习期', '状态', '已上报考勤月数']}
        rows={interns.map((i) => ({
          key: i.id,
          cells: [i.name, i.idMasked, `${i.positionTitle}（${i.positionCode}）`, `${i.startDate} 至 ${i.endDate}`, i.status, i.monthsReported],
        }))}
        empty="暂无见习人员。"
      />
    </>
  );
}
