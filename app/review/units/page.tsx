import type { Metadata } from 'next';
import { requireRole } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { parseListFilter, unitsAfter } from '@/lib/exports/lists';
import { regionsUnder } from '@/lib/regions/queries';
import { ListPage, SHOWN } from '../_lists/ListPage';

export const metadata: Metadata = { title: '见习单位' };
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** 见习单位 of the reviewer's region (就业见习单位申请 approved). */
export default async function UnitsList({ searchParams }: Props) {
  const me = await requireRole('staff', '/review/units');
  const f = parseListFilter(await searchParams);
  const db = getDb();
  const outside = f.region && !f.region.startsWith(me.region);
  const [rows, regionOptions] = await Promise.all([
    outside ? [] : unitsAfter(db, { kind: 'staff', scope: me.region }, { ...f, status: undefined }, { unmasked: false }, null, SHOWN),
    regionsUnder(db, me.region),
  ]);
  return (
    <ListPage
      title="见习单位"
      path="/review/units"
      exportPath="/review/export/units"
      regionOptions={regionOptions}
      params={{ region: f.region, q: f.q }}
      qLabel="单位名称"
      error={outside ? '所选地区不在您的辖区内。' : undefined}
      fullOption="导出（含完整银行账号）"
      columns={['单位名称', '统一社会信用代码', '业务办理归属地', '单位类型', '所属行业', '联系人', '联系电话', '开户银行', '银行账号', '审核通过日期']}
      rows={rows.map((r) => ({ key: r.id, cells: [r.name, r.uscc, r.region, r.unitType, r.industry, r.contact, r.phone, r.bank, r.account, r.approvedAt] }))}
    />
  );
}
