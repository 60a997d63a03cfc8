import { formatYuan } from './money';

/** The minimum wage that applies in each county today, as the form and the server check it. */
export type Floor = { fen: number; tier: number; confirmed: boolean };
export type FloorTable = Record<string, Floor>;

/** null when the allowance is at least the county's floor, else the message the form shows. */
export function allowanceError(countyCode: string, allowanceFen: number, floors: FloorTable): string | null {
  const f = floors[countyCode];
  if (!f) return '该县区暂无最低工资标准数据，请联系当地人社部门';
  if (allowanceFen >= f.fen) return null;
  return f.confirmed
    ? `见习生活补助不得低于工作地点的最低工资标准 ${formatYuan(f.fen)} 元/月`
    : `见习生活补助不得低于 ${formatYuan(f.fen)} 元/月（该县区的最低工资档次尚未核实，暂按山西省一类标准执行）`;
}
