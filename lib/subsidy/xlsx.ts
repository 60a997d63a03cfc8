import ExcelJS from 'exceljs';

export type Sheet = {
  name: string;
  title: string;
  columns: { header: string; width: number; money?: boolean }[];
  rows: (string | number)[][];
  footer?: string[];
};

/**
 * A plain workbook for the subsidy's documents (补贴名册, 公示表, 花名册, 代发文件): a title row,
 * the header, the rows; money columns get two decimals. Cells that look like numbers but are
 * codes (账号, 行号) are passed as strings and stay text.
 */
export async function workbook(sheets: Sheet[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    ws.columns = s.columns.map((c) => ({ width: c.width }));
    ws.addRow([s.title]).font = { bold: true, size: 14 };
    ws.mergeCells(1, 1, 1, s.columns.length);
    ws.addRow(s.columns.map((c) => c.header)).font = { bold: true };
    for (const r of s.rows) ws.addRow(r);
    s.columns.forEach((c, i) => {
      if (c.money) ws.getColumn(i + 1).numFmt = '0.00';
      else ws.getColumn(i + 1).numFmt = '@';
    });
    for (const f of s.footer ?? []) ws.addRow([f]);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** 分 → 元 as a number for a money cell (exact: at most two decimals). */
export const fenToYuan = (fen: number) => Number((fen / 100).toFixed(2));

export function xlsxResponse(bytes: Uint8Array, name: string): Response {
  return new Response(Buffer.from(bytes), {
    headers: {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': `attachment; filename="subsidy.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`,
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}
