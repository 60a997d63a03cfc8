import type { Metadata } from 'next';
import { StaffActionForm } from '@/components/subsidy/StaffActionForm';
import { requireRole } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { yuan } from '@/lib/subsidy/compute';
import { listStandards } from '@/lib/subsidy/standards';
import { addStandardAction } from './actions';

export const metadata: Metadata = { title: '就业见习补贴标准' };

const input = 'w-full rounded border border-slate-400 px-2 py-1.5';
const FIELDS: [string, string, string, string][] = [
  ['provinceCode', '省份代码', '14', ''],
  ['effectiveFrom', '生效日期（某月1日）', '', 'YYYY-MM-01'],
  ['rate', '补贴比例（%）', '60', ''],
  ['retentionThreshold', '留用率门槛（%，可空）', '', ''],
  ['raisedRate', '达到门槛后的比例（%，可空）', '', ''],
  ['retentionBonus', '每名留用人员一次性补贴（元，可空）', '', ''],
  ['insuranceCap', '保险补贴上限（元）', '240', ''],
  ['docNo', '依据文件', '', ''],
];

/** 系统管理员: the dated 补贴标准 rows per province; a new row applies from its month on. */
export default async function StandardsPage() {
  const me = await requireRole('staff', '/review/admin/subsidy-standards');
  if (!me.admin)
    return (
      <p role="alert" className="rounded bg-amber-50 p-4 text-amber-900">
        仅系统管理员可以维护补贴标准。
      </p>
    );
  const rows = await listStandards(getDb());
  return (
    <>
      <h1 className="mb-1 text-xl font-bold">就业见习补贴标准</h1>
      <p className="mb-4 text-sm text-slate-700">每月按该月1日有效的标准核算；最低工资见“最低工资标准”。新增的标准标为未核实。</p>
      <div tabIndex={0} role="region" aria-label="补贴标准（可横向滚动）" className="mb-4 overflow-x-auto rounded-lg border border-slate-200 bg-white p-2">
        <table className="w-full min-w-[40rem] text-left text-sm">
          <caption className="sr-only">补贴标准</caption>
          <thead className="bg-slate-100">
            <tr>
              {['省份', '生效日期', '比例', '留用率门槛 / 提高后', '留用一次性补贴', '保险上限', '依据', '核实'].map((h) => (
                <th key={h} scope="col" className="px-2 py-1.5">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className="border-t border-slate-200">
                <td className="px-2 py-1.5">{r.provinceCode}</td>
                <td className="px-2 py-1.5">{r.effectiveFrom}</td>
                <td className="px-2 py-1.5">{r.rateBp / 100}%</td>
                <td className="px-2 py-1.5">{r.retentionThresholdBp === null ? '无' : `${r.retentionThresholdBp / 100}% / ${(r.raisedRateBp ?? 0) / 100}%`}</td>
                <td className="px-2 py-1.5">{r.retentionBonusFen === null ? '无' : `${yuan(r.retentionBonusFen)}元`}</td>
                <td className="px-2 py-1.5">{yuan(r.insuranceCapFen)}元</td>
                <td className="px-2 py-1.5">{r.docNo}</td>
                <td className="px-2 py-1.5">{r.confirmed ? '已核实' : '未核实'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section aria-labelledby="add" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="add" className="mb-2 font-semibold">
          新增补贴标准
        </h2>
        <StaffActionForm action={addStandardAction} submitLabel="新增" done="已新增。">
          <div className="grid gap-3 sm:grid-cols-2">
            {FIELDS.map(([name, label, value, placeholder]) => (
              <div key={name}>
                <label htmlFor={`s-${name}`} className="mb-1 block text-sm font-medium">
                  {label}
                </label>
                <input id={`s-${name}`} name={name} defaultValue={value} placeholder={placeholder || undefined} className={input} />
              </div>
            ))}
          </div>
        </StaffActionForm>
      </section>
    </>
  );
}
