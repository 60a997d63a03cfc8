/**
 * The numbers a bureau reports (SPEC §9), each with the one-line definition shown on the page and in
 * exports. The SQL that counts them is the rollup in lib/db/schema/stats.ts, read by queries.ts;
 * all read the same keys.
 */
export const INDICATORS = [
  { key: 'units', label: '见习单位数', unit: '家', def: '截至期末，就业见习单位申请已审核通过的单位数（按单位的业务办理归属地）。' },
  { key: 'positions', label: '发布岗位数', unit: '个', def: '期间内审核通过并发布的见习岗位数。' },
  { key: 'places', label: '招募人数', unit: '人', def: '期间内发布的见习岗位的见习人数（名额）之和。' },
  { key: 'interests', label: '意向人数', unit: '人', def: '期间内在见习岗位上登记意向且未撤回的人数（同一人计一次）。' },
  { key: 'onDuty', label: '在岗见习人数', unit: '人', def: '期末月最后一天处于见习期内的人数（见习开始日期已到，见习结束或状态变动日期未过）。' },
  { key: 'started', label: '新增见习人数', unit: '人', def: '见习开始日期在期间内的见习人员数（见习匹配结果审核通过后生成）。' },
  { key: 'completed', label: '完成见习人次', unit: '人次', def: '期间内见习期满离开的人次（在岗情况上报“期满离开”并审核通过；不含留用）。' },
  { key: 'endedEarly', label: '提前终止人次', unit: '人次', def: '状态变动日期在期间内的“提前终止”人次。' },
  { key: 'retained', label: '留用人数', unit: '人', def: '期间内见习期满被单位留用的人数（在岗情况上报“期满留用”并审核通过）。' },
  { key: 'retentionRate', label: '留用率', unit: '%', def: '留用人数 ÷（完成见习人次 + 留用人数），即期满人员中被留用的比例；无期满人员时不计算。' },
  {
    key: 'subsidyMonths',
    label: '补贴人次',
    unit: '人次',
    def: '市级审核通过（含其后已公示、已拨付）的就业见习补贴申领中，见习月份在期间内的人·月数，按申领的业务办理归属地统计；以市审核通过为准（与发放台账一致：资金在此时确定，拨付按批次滞后数周）。',
  },
  {
    key: 'subsidyFen',
    label: '补贴金额',
    unit: '元',
    def: '上述各人·月的见习补贴金额之和（元，精确到分；不含按人一次的人身意外伤害保险补贴，该项见发放台账）。',
  },
] as const;

export type IndicatorKey = (typeof INDICATORS)[number]['key'];
export type CountKey = Exclude<IndicatorKey, 'retentionRate'>;
/** Every count is an integer; 补贴金额 is in 分. */
export type Counts = Record<CountKey, number>;

export const COUNT_KEYS = INDICATORS.map((i) => i.key).filter((k): k is CountKey => k !== 'retentionRate');

export function emptyCounts(): Counts {
  return Object.fromEntries(COUNT_KEYS.map((k) => [k, 0])) as Counts;
}

/** 留用 ÷ (完成 + 留用), in per cent with one decimal; null when nobody finished. */
export function retentionRate(c: Pick<Counts, 'completed' | 'retained'>): number | null {
  const d = c.completed + c.retained;
  return d === 0 ? null : Math.round((c.retained * 1000) / d) / 10;
}

export function formatRate(r: number | null): string {
  return r === null ? '—' : `${r.toFixed(1)}%`;
}

/** 分 → 元 with two decimals, by integer arithmetic (1290.00, 286380.00). */
export function formatFen(fen: number): string {
  const a = Math.abs(fen);
  return `${fen < 0 ? '-' : ''}${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`;
}

/** An indicator of a row as the page and the export show it. */
export function formatIndicator(key: IndicatorKey, row: { counts: Counts; rate: number | null }): string | number {
  if (key === 'retentionRate') return formatRate(row.rate);
  if (key === 'subsidyFen') return formatFen(row.counts.subsidyFen);
  return row.counts[key];
}
