import { looksLikeHeader, headerScore, matchHeader, type HeaderMatch } from './header';
import { csvSheet, isBlank, xlsxSheets, type RawRow, type RawSheet } from './read-table';
import { sniff } from './sniff';
import { restreamXlsx } from './zip-restream';
import type { AnyColumn, Refusal, UploadFile } from './types';

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** The header must be within the first rows: clerks sometimes put a title line above it, never more. */
const HEADER_SEARCH_ROWS = 10;

export type ScanResult = { ok: true; format: 'xlsx' | 'csv'; sheetName: string; header: HeaderMatch } | { ok: false; refusal: Refusal };

/** Called for each non-blank row under the header; returning a refusal stops the reading. It may wait (back-pressure). */
export type RowSink = (row: RawRow, header: HeaderMatch) => Refusal | void | Promise<Refusal | void>;

/** Any thenable (a query builder, say), not only a native Promise. */
function isPromise<T>(x: T | PromiseLike<T>): x is PromiseLike<T> {
  return typeof (x as { then?: unknown } | null | undefined)?.then === 'function';
}

class SinkFailure extends Error {
  constructor(cause: unknown) {
    super('row sink failed', { cause });
  }
}

function megabytes(n: number): string {
  return (n / 1048576).toFixed(1).replace(/\.0$/, '');
}

function noHeader(columns: readonly AnyColumn[], best: RawRow | null): Refusal {
  if (best && headerScore(columns, best) >= 2) {
    const diagnosis = matchHeader(columns, best);
    if ('problems' in diagnosis) {
      return { code: 'bad-header', message: `${diagnosis.problems.join('；')}。请使用本事项【模板下载】得到的模板，不要修改表头` };
    }
  }
  const expected = columns.map((c) => c.header).join('、');
  return {
    code: 'no-header',
    message: `没有找到表头：第一行应为模板中的列名（${expected}）；请使用本事项【模板下载】得到的模板填写`,
  };
}

/**
 * Reads an upload row by row: judges the type by content, finds the data sheet by its header (in
 * whichever position the sheet is), and hands every non-blank row under the header to `sink`.
 * Rows of other sheets are read through and ignored, because an .xlsx is one stream.
 */
export async function scanUpload(columns: readonly AnyColumn[], file: UploadFile, maxBytes: number, sink: RowSink): Promise<ScanResult> {
  const { bytes } = file;
  if (bytes.length === 0) return { ok: false, refusal: { code: 'empty', message: '文件是空的（0 字节）；请选择填写好的模板文件' } };
  if (bytes.length > maxBytes) {
    return {
      ok: false,
      refusal: {
        code: 'too-large',
        message: `文件大小为 ${megabytes(bytes.length)} MB，超过 ${megabytes(maxBytes)} MB 的上限；请删除多余的内容或分成多个文件导入`,
      },
    };
  }
  const sniffed = sniff(bytes);
  if (sniffed.type === 'refused') return { ok: false, refusal: sniffed.refusal };
  const format = sniffed.type;
  const sheets: AsyncIterable<RawSheet> | RawSheet[] = sniffed.type === 'xlsx' ? xlsxSheets(restreamXlsx(bytes, sniffed.entries)) : [csvSheet(sniffed.text)];

  let chosen: { sheetName: string; header: HeaderMatch } | null = null;
  let best: RawRow | null = null;
  try {
    for await (const sheet of sheets) {
      let header: HeaderMatch | null = null;
      /** One row: a refusal ends the reading. A promise only when the sink waits (no promise per row otherwise). */
      const visit = (row: RawRow): Refusal | void | Promise<Refusal | void> => {
        if (isBlank(row) || (chosen && !header) || (!header && row.number > HEADER_SEARCH_ROWS)) return;
        if (header) {
          try {
            const out = sink(row, header);
            return isPromise(out) ? Promise.resolve(out).catch((e) => Promise.reject(new SinkFailure(e))) : out;
          } catch (e) {
            throw new SinkFailure(e);
          }
        }
        if (!looksLikeHeader(columns, row)) {
          if (!best || headerScore(columns, row) > headerScore(columns, best)) best = row;
          return;
        }
        const match = matchHeader(columns, row);
        if ('problems' in match) {
          return { code: 'bad-header', message: `${match.problems.join('；')}。请使用本事项【模板下载】得到的模板，不要修改表头` };
        }
        header = match;
        chosen = { sheetName: sheet.name, header };
      };
      if (Symbol.iterator in sheet.rows) {
        for (const row of sheet.rows) {
          const out = visit(row);
          const refusal = isPromise(out) ? await out : out;
          if (refusal) return { ok: false, refusal };
        }
      } else {
        for await (const row of sheet.rows) {
          const out = visit(row);
          const refusal = isPromise(out) ? await out : out;
          if (refusal) return { ok: false, refusal };
        }
      }
    }
  } catch (e) {
    // The sink's own failure (e.g. the database) is not the file's fault.
    if (e instanceof SinkFailure) throw e.cause;
    return { ok: false, refusal: { code: 'corrupt', message: '文件内容已损坏，无法读取；请在 Excel 中打开确认无误、重新保存为 .xlsx 后再导入' } };
  }
  // visit() sets both; TypeScript does not follow assignments made inside a closure.
  const found = chosen as { sheetName: string; header: HeaderMatch } | null;
  if (!found) return { ok: false, refusal: noHeader(columns, best as RawRow | null) };
  return { ok: true, format, ...found };
}
