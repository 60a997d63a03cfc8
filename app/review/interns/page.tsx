import type { Metadata } from 'next';
import { requireRole } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { INTERN_STATUS, internsAfter, parseListFilter } from '@/lib/exports/lists';
import { regionsUnder } from '@/lib/regions/queries';
import { ListPage, SHOWN } from '../_lists/ListPage';

export const metadata: Metadata = { title: '见习人员' };
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** 见习人员 of the reviewer's region with their months of approved attendance. */
export default async function InternsList({ searchParams }: Props) {
  const me = await requireRole('staff', '/review/interns');
  const f = parseListFilter(await searchParams);
  const db = getDb();
  const outside = f.region && !f.region.startsWith(me.region);
  const [rows, regionOptions] = await Promise.all([
    outside ? [] : internsAfter(db, { kind: 'staff', scope: me.region }, f, { unmasked: false }, null, SHOWN),
    regionsUnder(db, me.region),
  ]);
  return (
    <ListPage
      title="见习人员"
      path="/review/interns"
      exportPath="/review/export/interns"
      regionOptions={regionOptions}
      statuses={INTERN_STATUS}
      params={f}
      qLabel="姓名"
      error={outside ? '所选地区不在您的辖区内。' : undefined}
      fullOption="导出（含完整身份证号）"
      columns={['姓名', '身份证号', '单位名称', '业务办理归属地', '岗位', '见习期', '状态', '状态变动日期', '已上报考勤月份']}
      rows={rows.map((r) => ({
        key: r.id,
        cells: [r.name, r.idCard, r.unitName, r.region, `${r.title}（${r.code}）`, `${r.start} 至 ${r.end}`, r.status, r.statusDate, r.months],
      }))}
    />
  );
}
