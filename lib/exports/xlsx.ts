import 'server-only';
import { PassThrough, Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import type { Db } from '@/lib/db/client';
import { exportEvents } from '@/lib/db/schema';
import { formatTime } from '@/lib/time';

export type Cell = string | number | null;
export type ExportColumn<T> = { header: string; value: (row: T) => Cell };
export type ExportSheet<T> = { name: string; columns: ExportColumn<T>[]; chunks: () => AsyncIterable<T[]> };

/** Lets sheets of different row types travel in one list. */
export const sheet = <T>(s: ExportSheet<T>) => s as unknown as ExportSheet<unknown>;

export type Exporter = { kind: 'staff' | 'unit'; id: string; name: string; ip?: string };
export type ExportRequest = {
  /** 见习人员, 待审核申报…: the title row and the audit log name it. */
  what: string;
  /** Scope and filters as one line, e.g. 范围 太原市 · 状态 在岗. */
  filters: string;
  unmasked?: boolean;
  who: Exporter;
  now?: Date;
};

/** Display width of a text in Excel's character units: CJK characters take two. */
function textWidth(v: Cell): number {
  const s = v === null ? '' : String(v);
  let w = 0;
  for (const ch of s) w += /[\u2e80-\uffff]/.test(ch) ? 2 : 1;
  return w;
}

/** Widths that fit the header and the first rows (streamed sheets must fix widths before writing). */
function fitWidths<T>(columns: ExportColumn<T>[], sample: T[]): number[] {
  return columns.map((c) => Math.min(60, Math.max(6, textWidth(c.header), ...sample.map((r) => textWidth(c.value(r)))) + 2));
}

export function titleLine(req: ExportRequest): string {
  return `${req.what} · ${req.filters} · 导出时间 ${formatTime(req.now ?? new Date())} · 导出人 ${req.who.name}${req.unmasked ? ' · 含完整身份证号/银行账号' : ''}`;
}

/**
 * Streams an xlsx: a title row (what, scope, filters, date, who), a frozen header, widths fitted to
 * the first rows, then every row, read chunk by chunk and committed at once so memory stays flat
 * however long the list. The audit log gets one row when the last byte is written.
 */
export function streamXlsx(db: Db, req: ExportRequest, sheets: ExportSheet<unknown>[]): Readable {
  // The workbook ends `inner`; the response (`out`) ends only once the audit row is written.
  const out = new PassThrough();
  const inner = new PassThrough();
  inner.pipe(out, { end: false });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: inner, useStyles: true, useSharedStrings: false });
  wb.creator = req.who.name;
  const title = titleLine(req);
  (async () => {
    let total = 0;
    for (const sheet of sheets) {
      const ws = wb.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 2 }] });
      const it = sheet.chunks()[Symbol.asyncIterator]();
      let next = await it.next();
      const first = next.done ? [] : next.value;
      ws.columns = fitWidths(sheet.columns, first.slice(0, 1000)).map((width) => ({ width }));
      const titleRow = ws.addRow([title]);
      titleRow.font = { bold: true };
      ws.mergeCells(1, 1, 1, Math.max(1, sheet.columns.length));
      titleRow.commit();
      const head = ws.addRow(sheet.columns.map((c) => c.header));
      head.font = { bold: true };
      head.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE2E8F0' } };
      head.commit();
      while (!next.done) {
        for (const r of next.value) {
          ws.addRow(sheet.columns.map((c) => c.value(r))).commit();
          total += 1;
        }
        // Let the response drain before reading the next chunk from the database.
        if (inner.writableNeedDrain) await new Promise((resolve) => inner.once('drain', resolve));
        next = await it.next();
      }
      ws.commit();
    }
    await wb.commit();
    await finished(inner);
    await db.insert(exportEvents).values({
      actorKind: req.who.kind,
      actorId: req.who.id,
      actorName: req.who.name,
      what: req.what,
      filters: req.filters,
      rowCount: total,
      unmasked: !!req.unmasked,
      ip: req.who.ip ?? null,
    });
    out.end();
  })().catch((e: unknown) => out.destroy(e instanceof Error ? e : new Error(String(e))));
  return out;
}

/** The HTTP response for an export: streamed, never cached, named in Chinese. */
export function xlsxResponse(stream: Readable, fileName: string, rows?: number): Response {
  const headers: Record<string, string> = {
    'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'content-disposition': `attachment; filename="export.xlsx"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    'cache-control': 'private, no-store',
    'x-content-type-options': 'nosniff',
  };
  // Known ahead only for some lists; the browser then shows 共 N 行 beside its progress.
  if (rows !== undefined) headers['x-export-rows'] = String(rows);
  return new Response(Readable.toWeb(stream) as ReadableStream, { headers });
}

/** Reads a keyset-paged query chunk by chunk until it runs dry. */
export async function* keyset<T, K>(page: (after: K | null, limit: number) => Promise<T[]>, keyOf: (row: T) => K, size = 2000): AsyncIterable<T[]> {
  let after: K | null = null;
  for (;;) {
    const rows = await page(after, size);
    if (rows.length) yield rows;
    if (rows.length < size) return;
    after = keyOf(rows[rows.length - 1]);
  }
}

export function once<T>(rows: T[]): () => AsyncIterable<T[]> {
  return async function* () {
    yield rows;
  };
}
