import ExcelJS from 'exceljs';
import { DEFAULT_MAX_ROWS } from './parse';
import type { RawRow } from './read-table';
import { DEFAULT_MAX_BYTES, scanUpload } from './scan';
import { NUM_FMT } from './template';
import type { ParseOptions, RowError, SheetSpec, UploadFile } from './types';

export const ERROR_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFF8080' } };
export const ERROR_COLUMN = '错误说明';

function groupByRow(errors: readonly RowError[]): Map<number, RowError[]> {
  const byRow = new Map<number, RowError[]>();
  for (const e of errors) byRow.set(e.row, [...(byRow.get(e.row) ?? []), e]);
  return byRow;
}

/**
 * The uploaded data as an .xlsx the clerk can correct in place and import again: every row at the
 * row number the errors name, each wrong cell filled red with a note saying what is wrong and how to
 * fix it, and a 错误说明 column summing up each row. A CSV upload comes back as an .xlsx of its rows.
 * Pass every error (parse with `maxErrors: Infinity`) to have every cell marked.
 */
export async function markErrors(spec: SheetSpec, file: UploadFile, errors: readonly RowError[], options: ParseOptions = {}): Promise<Buffer> {
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  const rows: RawRow[] = [];
  const scan = await scanUpload(spec.columns, file, options.maxBytes ?? DEFAULT_MAX_BYTES, (row) => {
    rows.push(row);
    // The example row may come along; anything much beyond the row limit was never a parsed upload.
    if (rows.length > maxRows + 1) return { code: 'too-many-rows', message: `数据超过 ${maxRows} 行的上限` };
  });
  if (!scan.ok) throw new Error(scan.refusal.message);
  const { header } = scan;

  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(spec.sheetName, { views: [{ state: 'frozen', ySplit: header.row }] });
  const indexOfHeader = new Map(spec.columns.map((c) => [c.header, header.indexOf.get(c.key)]));
  for (const c of spec.columns) {
    const index = header.indexOf.get(c.key);
    if (index === undefined) continue;
    ws.getColumn(index + 1).numFmt = NUM_FMT[c.format];
    ws.getColumn(index + 1).width = c.width;
  }
  const errorColumn = rows.reduce((n, r) => Math.max(n, r.cells.length), header.texts.length) + 1;
  ws.getColumn(errorColumn).width = 60;

  const headerRow = ws.getRow(header.row);
  headerRow.values = [...header.texts.map((t) => t ?? ''), ...Array<string>(errorColumn - 1 - header.texts.length).fill(''), ERROR_COLUMN];
  headerRow.font = { bold: true };

  const byRow = groupByRow(errors);
  for (const raw of rows) {
    const row = ws.getRow(raw.number);
    raw.cells.forEach((v, i) => {
      if (v !== null) row.getCell(i + 1).value = v;
    });
    const rowErrors = byRow.get(raw.number) ?? [];
    const byCell = new Map<number, RowError[]>();
    for (const e of rowErrors) {
      const index = indexOfHeader.get(e.column);
      if (index !== undefined) byCell.set(index, [...(byCell.get(index) ?? []), e]);
    }
    for (const [index, cellErrors] of byCell) {
      const cell = row.getCell(index + 1);
      cell.fill = ERROR_FILL;
      cell.note = { texts: cellErrors.flatMap((e, n) => [{ text: `${n ? '\n' : ''}${e.message}` }, { text: `\n修改方法：${e.fix}` }]) };
    }
    if (rowErrors.length) {
      const summary = row.getCell(errorColumn);
      summary.value = rowErrors.map((e) => `${e.column}：${e.message}（${e.fix}）`).join('\n');
      summary.alignment = { wrapText: true, vertical: 'top' };
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
