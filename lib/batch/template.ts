import ExcelJS from 'exceljs';
import { columnLetter } from './header';
import { DEFAULT_MAX_ROWS } from './parse';
import { DEFAULT_MAX_BYTES } from './scan';
import type { AnyColumn, ColumnFormat, SheetSpec } from './types';
import { EXAMPLE_MARK } from './validate';

export interface TemplateOptions {
  /** Lists named by a column's `optionsFrom`, e.g. { postCodes: this unit's approved 岗位编号 }. */
  lists?: Record<string, readonly string[]>;
  /** Stated on the instructions sheet and covered by the drop-downs. Default 20,000. */
  maxRows?: number;
}

/**
 * ExcelJS keeps a sheet's data validations in `dataValidations` (a range may be the address), but its
 * type declarations leave the property out.
 */
type WithValidations = ExcelJS.Worksheet & { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } };

export const NUM_FMT: Record<ColumnFormat, string> = { text: '@', date: 'yyyy-mm-dd', integer: '0', money: '0.00' };
const LIST_SHEET = '下拉选项';
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };

/** Date examples are written as real date cells, as Excel would store a typed date. */
function exampleCell(c: AnyColumn): ExcelJS.CellValue {
  return c.format === 'date' && typeof c.example === 'string' ? new Date(`${c.example}T00:00:00Z`) : (c.example ?? null);
}

function addDataSheet(wb: ExcelJS.Workbook, spec: SheetSpec): WithValidations {
  const ws = wb.addWorksheet(spec.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] }) as WithValidations;
  // Column styles, not per-cell ones: Excel applies them to every cell the clerk types into, and the
  // file stays small (a thousand styled empty rows would also look like data to some readers).
  ws.columns = spec.columns.map((c) => ({ header: c.header, key: c.key, width: c.width, style: { numFmt: NUM_FMT[c.format] } }));
  const header = ws.getRow(1);
  header.height = 22;
  header.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = { vertical: 'middle', horizontal: 'center' };
  });

  const example = ws.getRow(2);
  spec.columns.forEach((c, i) => {
    const cell = example.getCell(i + 1);
    cell.value = exampleCell(c);
    cell.font = { italic: true, color: { argb: 'FF808080' } };
  });
  const mark = example.getCell(spec.columns.length + 1);
  mark.value = EXAMPLE_MARK;
  mark.font = { bold: true, color: { argb: 'FFC00000' } };
  ws.getColumn(spec.columns.length + 1).width = 22;
  return ws;
}

function addDropDowns(wb: ExcelJS.Workbook, ws: WithValidations, columns: readonly AnyColumn[], lists: TemplateOptions['lists'], maxRows: number): void {
  const wanted = columns.flatMap((c, i) => {
    const values = c.options ?? (c.optionsFrom ? lists?.[c.optionsFrom] : undefined);
    return values && values.length ? [{ column: c, index: i, values }] : [];
  });
  if (!wanted.length) return;
  // Lists live on a hidden sheet: an inline list is limited to 255 characters, too few for 岗位编号.
  const listSheet = wb.addWorksheet(LIST_SHEET, { state: 'hidden' });
  wanted.forEach(({ column, index, values }, n) => {
    const letter = columnLetter(n);
    values.forEach((v, r) => (listSheet.getCell(`${letter}${r + 1}`).value = v));
    const target = columnLetter(index);
    ws.dataValidations.add(`${target}2:${target}${maxRows + 1}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`'${LIST_SHEET}'!$${letter}$1:$${letter}$${values.length}`],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: column.header,
      error: column.fix,
    });
  });
}

function addInstructions(wb: ExcelJS.Workbook, spec: SheetSpec, maxRows: number): void {
  const ws = wb.addWorksheet('填写说明');
  ws.columns = [{ width: 22 }, { width: 8 }, { width: 90 }];
  const title = ws.addRow([`${spec.title}模板填写说明`]);
  title.font = { bold: true, size: 14 };
  const general = [
    `1. 请在“${spec.sheetName}”工作表中填写，每行一条；第1行表头的文字不要修改或删除（列的先后顺序可以调整）。`,
    `2. 第2行是示例（灰色斜体，行末标有“${EXAMPLE_MARK}”），导入前请删除；未经改动的示例行导入时会被跳过。`,
    '3. 身份证号、手机号码和月份列已设为“文本”格式：请直接输入，不要改成数字格式（Excel 会把18位身份证号变成科学计数法，末几位会丢失且无法还原）。',
    '4. 日期请按 2026-03-01 的格式填写（也可写 2026/3/1、2026.3.1 或 2026年3月1日）；月份请按 2026-03 的格式填写（也可写 2026/3 或 2026年3月）。',
    '5. 带下拉箭头的列请从下拉列表中选择。',
    `6. 每个文件最多 ${maxRows} 行数据、不超过 ${DEFAULT_MAX_BYTES / 1048576} MB；可导入本模板（.xlsx），也可另存为 CSV（UTF-8 或 GBK 编码）后导入。不能导入 .xls 格式。`,
    '7. 导入时逐行逐列检查，只要有一处错误，整个文件都不会保存；请按“第几行 · 哪一列 · 错在哪里 · 如何修改”的提示改正后重新导入，也可下载标出错误单元格的文件直接修改。',
  ];
  general.forEach((line) => ws.addRow([line]));
  ws.addRow([]);
  const head = ws.addRow(['列名', '必填', '填写要求']);
  head.font = { bold: true };
  head.eachCell((cell) => (cell.fill = HEADER_FILL));
  for (const c of spec.columns) ws.addRow([c.header, c.required ? '是' : '否', c.rule]);
  if (spec.notes.length) {
    ws.addRow([]);
    ws.addRow(['其他规则']).font = { bold: true };
    spec.notes.forEach((line, i) => ws.addRow([`${i + 1}. ${line}`]));
  }
  ws.getColumn(3).alignment = { wrapText: true, vertical: 'top' };
}

/** The .xlsx a clerk downloads under 【模板下载】: data sheet with one example row, drop-downs, 填写说明. */
export async function buildTemplate(spec: SheetSpec, options: TemplateOptions = {}): Promise<Buffer> {
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  const wb = new ExcelJS.Workbook();
  wb.creator = '就业见习服务平台';
  const ws = addDataSheet(wb, spec);
  addInstructions(wb, spec, maxRows);
  addDropDowns(wb, ws, spec.columns, options.lists, maxRows);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
