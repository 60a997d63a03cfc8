import type { Metadata } from 'next';
import { requireRole } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { POSITION_STATUS, parseListFilter, positionsAfter } from '@/lib/exports/lists';
import { regionsUnder } from '@/lib/regions/queries';
import { ListPage, SHOWN } from '../_lists/ListPage';

export const metadata: Metadata = { title: '见习岗位' };
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** 见习岗位 applied for in the reviewer's region. */
export default async function PositionsList({ searchParams }: Props) {
  const me = await requireRole('staff', '/review/positions');
  const f = parseListFilter(await searchParams);
  const db = getDb();
  const outside = f.region && !f.region.startsWith(me.region);
  const [rows, regionOptions] = await Promise.all([
    outside ? [] : positionsAfter(db, { kind: 'staff', scope: me.region }, f, null, SHOWN),
    regionsUnder(db, me.region),
  ]);
  return (
    <ListPage
      title="见习岗位"
      path="/review/positions"
      exportPath="/review/export/positions"
      regionOptions={regionOptions}
      statuses={POSITION_STATUS}
      params={f}
      qLabel="岗位名称"
      error={outside ? '所选地区不在您的辖区内。' : undefined}
      columns={[
        '岗位编号',
        '岗位名称',
        '单位名称',
        '业务办理归属地',
        '岗位类别',
        '见习人数',
        '工作地点',
        '状态',
        '发布日期',
        '招募截止日期',
        '见习生活补助（元/月）',
      ]}
      rows={rows.map((r) => ({
        key: r.id,
        cells: [r.code, r.title, r.unitName, r.region, r.category, r.headcount, r.place, r.status, r.publishedAt, r.deadline, r.allowance],
      }))}
    />
  );
}
