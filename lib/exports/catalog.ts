import 'server-only';
import type { Db } from '@/lib/db/client';
import { FILING_STATE_LABEL } from '@/lib/filings/labels';
import { KINDS } from '@/lib/kinds';
import { formatTime } from '@/lib/time';
import { reviewFilingsAfter, type ReviewFilter } from '@/lib/filings/queries';
import { INDICATORS, formatRate } from '@/lib/stats/definitions';
import type { StatsView, StatsRow } from '@/lib/stats/queries';
import { internsAfter, positionsAfter, unitsAfter, type ListFilter, type ListViewer } from './lists';
import { keyset, once, sheet, type ExportSheet } from './xlsx';

/** The sheets of each exportable list, with the same columns the screen shows. */

export function queueSheet(db: Db, scope: string, f: ReviewFilter): ExportSheet<unknown> {
  return sheet({
    name: '申报',
    columns: [
      { header: '业务类型', value: (r) => KINDS[r.kind].label },
      { header: '单位名称', value: (r) => r.unitName },
      { header: '申报内容', value: (r) => r.title },
      { header: '业务办理归属地', value: (r) => r.regionName },
      { header: '申办月份', value: (r) => r.month },
      { header: '提交时间', value: (r) => formatTime(r.submittedAt) },
      { header: '审核状态', value: (r) => FILING_STATE_LABEL[r.state] },
    ],
    chunks: () =>
      keyset(
        (after: { cursorAt: string; id: string } | null, n) => reviewFilingsAfter(db, scope, f, after, n),
        (r) => ({ cursorAt: r.cursorAt, id: r.id }),
      ),
  });
}

export function internsSheet(db: Db, v: ListViewer, f: ListFilter, unmasked: boolean): ExportSheet<unknown> {
  return sheet({
    name: '见习人员',
    columns: [
      { header: '姓名', value: (r) => r.name },
      { header: '身份证号', value: (r) => r.idCard },
      { header: '单位名称', value: (r) => r.unitName },
      { header: '业务办理归属地', value: (r) => r.region },
      { header: '岗位编号', value: (r) => r.code },
      { header: '岗位名称', value: (r) => r.title },
      { header: '见习开始日期', value: (r) => r.start },
      { header: '见习结束日期', value: (r) => r.end },
      { header: '状态', value: (r) => r.status },
      { header: '状态变动日期', value: (r) => r.statusDate },
      { header: '已上报考勤月份', value: (r) => r.months },
    ],
    chunks: () =>
      keyset(
        (after: { start: string; id: string } | null, n) => internsAfter(db, v, f, { unmasked }, after, n),
        (r) => ({ start: r.start, id: r.id }),
      ),
  });
}

export function unitsSheet(db: Db, v: ListViewer, f: ListFilter, unmasked: boolean): ExportSheet<unknown> {
  return sheet({
    name: '见习单位',
    columns: [
      { header: '单位名称', value: (r) => r.name },
      { header: '统一社会信用代码', value: (r) => r.uscc },
      { header: '业务办理归属地', value: (r) => r.region },
      { header: '单位类型', value: (r) => r.unitType },
      { header: '所属行业', value: (r) => r.industry },
      { header: '联系人', value: (r) => r.contact },
      { header: '联系电话', value: (r) => r.phone },
      { header: '开户银行', value: (r) => r.bank },
      { header: '银行账号', value: (r) => r.account },
      { header: '审核通过日期', value: (r) => r.approvedAt },
    ],
    chunks: () =>
      keyset(
        (after: { name: string; id: string } | null, n) => unitsAfter(db, v, f, { unmasked }, after, n),
        (r) => ({ name: r.name, id: r.id }),
      ),
  });
}

export function positionsSheet(db: Db, v: ListViewer, f: ListFilter): ExportSheet<unknown> {
  return sheet({
    name: '见习岗位',
    columns: [
      { header: '岗位编号', value: (r) => r.code },
      { header: '岗位名称', value: (r) => r.title },
      { header: '单位名称', value: (r) => r.unitName },
      { header: '业务办理归属地', value: (r) => r.region },
      { header: '岗位类别', value: (r) => r.category },
      { header: '见习人数', value: (r) => r.headcount },
      { header: '工作地点', value: (r) => r.place },
      { header: '状态', value: (r) => r.status },
      { header: '发布日期', value: (r) => r.publishedAt },
      { header: '招募截止日期', value: (r) => r.deadline },
      { header: '见习生活补助（元/月）', value: (r) => r.allowance },
    ],
    chunks: () =>
      keyset(
        (after: { code: string } | null, n) => positionsAfter(db, v, f, after, n),
        (r) => ({ code: r.code }),
      ),
  });
}

/** The statistics tables, one sheet each, with the indicators' numbers exactly as the page shows them. */
export function statsSheets(v: StatsView): ExportSheet<unknown>[] {
  const table = (name: string, head: string, rows: StatsRow[], total?: StatsRow) =>
    sheet<StatsRow>({
      name,
      columns: [
        { header: head, value: (r) => r.label },
        ...INDICATORS.map((i) => ({ header: i.label, value: (r: StatsRow) => (i.key === 'retentionRate' ? formatRate(r.rate) : r.counts[i.key]) })),
      ],
      chunks: once(total ? [...rows, { ...total, label: '合计' }] : rows),
    });
  const defs = sheet<(typeof INDICATORS)[number]>({
    name: '指标说明',
    columns: [
      { header: '指标', value: (i) => i.label },
      { header: '口径', value: (i) => i.def },
    ],
    chunks: once([...INDICATORS]),
  });
  return [
    table('按地区', '地区', v.byRegion, v.total),
    table('按月份', '月份', v.byMonth),
    table('按岗位类别', '岗位类别', v.byCategory),
    table('按单位类型', '单位类型', v.byUnitType),
    table('按所属行业', '所属行业', v.byIndustry),
    defs,
  ];
}
