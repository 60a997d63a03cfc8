import type { Db } from '@/lib/db/client';
import { ROUNDING_NOTE } from './compute';
import { unitReckoning } from './claims';
import { publicityView } from './publicity';
import { fenToYuan, workbook } from './xlsx';

/**
 * 补贴名册 of a unit for a window: one row per intern with the system's months and amounts (补贴金额
 * includes a retained intern's one-off bonus where the province's standard pays one).
 */
export async function unitRoster(db: Db, unit: { id: string; name: string }, from: string, count: number): Promise<Uint8Array | null> {
  const r = await unitReckoning(db, unit.id, from, count);
  if (!r) return null;
  const rows = r.persons.map((p, i) => {
    const sum = p.retentionBonusFen + p.months.reduce((s, m) => s + (m.ok ? m.amountFen : 0), 0);
    return [
      i + 1,
      p.name,
      `${p.startDate}至${p.endDate}`,
      p.months
        .filter((m) => m.ok)
        .map((m) => m.month)
        .join('、'),
      p.systemMonths,
      p.monthlyFen === null ? 0 : fenToYuan(p.monthlyFen),
      fenToYuan(sum),
    ];
  });
  const total = r.persons.reduce((s, p) => s + p.retentionBonusFen + p.months.reduce((a, m) => a + (m.ok ? m.amountFen : 0), 0), 0);
  return workbook([
    {
      name: '补贴名册',
      title: `${unit.name} 就业见习补贴名册（${r.window[0]}至${r.window[r.window.length - 1]}）`,
      columns: [
        { header: '序号', width: 6 },
        { header: '姓名', width: 12 },
        { header: '见习期', width: 24 },
        { header: '核算月份', width: 26 },
        { header: '系统核算月数', width: 12 },
        { header: '每月补贴标准（元）', width: 16, money: true },
        { header: '补贴金额（元）', width: 14, money: true },
      ],
      rows,
      footer: [`合计：${fenToYuan(total).toFixed(2)} 元`, ROUNDING_NOTE, '单位（盖章）：                    经办人：                    日期：'],
    },
  ]);
}

/** A 公示's attachments: 就业见习补贴表 (per unit) or 就业见习花名册 (per intern, names masked). */
export async function publicityWorkbook(db: Db, id: string, doc: 'table' | 'roster'): Promise<{ bytes: Uint8Array; name: string } | null> {
  const v = await publicityView(db, id);
  if (!v) return null;
  if (doc === 'roster') {
    const bytes = await workbook([
      {
        name: '花名册',
        title: `${v.title} 就业见习花名册`,
        columns: [
          { header: '序号', width: 6 },
          { header: '单位', width: 34 },
          { header: '姓名', width: 10 },
          { header: '补贴月份', width: 30 },
          { header: '人次', width: 8 },
          { header: '金额（元）', width: 14, money: true },
        ],
        rows: v.rows.map((r, i) => [i + 1, r.unitName, r.name, r.months, r.personMonths, fenToYuan(r.amountFen)]),
        footer: [`合计：${v.totals.persons}人，${v.totals.personMonths}人次，${fenToYuan(v.totals.amountFen).toFixed(2)} 元`],
      },
    ]);
    return { bytes, name: `就业见习花名册_${v.startDate}.xlsx` };
  }
  const byUnit = new Map<string, { persons: number; personMonths: number; amountFen: number }>();
  for (const r of v.rows) {
    const u = byUnit.get(r.unitName) ?? { persons: 0, personMonths: 0, amountFen: 0 };
    byUnit.set(r.unitName, { persons: u.persons + 1, personMonths: u.personMonths + r.personMonths, amountFen: u.amountFen + r.amountFen });
  }
  const bytes = await workbook([
    {
      name: '补贴表',
      title: `${v.title} 就业见习补贴表`,
      columns: [
        { header: '序号', width: 6 },
        { header: '单位', width: 34 },
        { header: '人数', width: 8 },
        { header: '人次', width: 8 },
        { header: '金额（元）', width: 14, money: true },
      ],
      rows: [...byUnit].map(([name, u], i) => [i + 1, name, u.persons, u.personMonths, fenToYuan(u.amountFen)]),
      footer: [`合计：${v.totals.units}个单位，${v.totals.persons}人，${v.totals.personMonths}人次，${fenToYuan(v.totals.amountFen).toFixed(2)} 元`],
    },
  ]);
  return { bytes, name: `就业见习补贴表_${v.startDate}.xlsx` };
}
