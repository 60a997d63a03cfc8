import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { CellValue } from './types';

/** A row of an uploaded sheet: its Excel row number and its cells from column A on (null = empty). */
export interface RawRow {
  number: number;
  cells: (CellValue | null)[];
}

/**
 * A sheet whose rows must be read to the end before the next sheet is asked for (xlsx is streamed;
 * a CSV, parsed whole, hands its rows over without a promise per row).
 */
export interface RawSheet {
  name: string;
  rows: AsyncIterable<RawRow> | Iterable<RawRow>;
}

type ExcelValue = ExcelJS.CellValue | { text?: unknown };

/** An ExcelJS value as one of our cell values: rich text joined, a formula's cached result, a link's text. */
export function toCell(v: ExcelValue): CellValue | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v.trim() === '' ? null : v;
  if (typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if ('richText' in v) return toCell(v.richText.map((r) => r.text).join(''));
  if ('result' in v) return toCell(v.result ?? null);
  if ('error' in v) return v.error;
  if ('text' in v) return typeof v.text === 'string' ? toCell(v.text) : toCell(v.text as ExcelValue);
  return null;
}

export function isBlank(row: RawRow): boolean {
  return row.cells.every((c) => c === null);
}

/**
 * The WorksheetReader that ExcelJS's streaming reader yields carries its sheet name, but the bundled
 * type declarations omit it: this is the part we use.
 */
interface StreamedSheet {
  name: string;
  [Symbol.asyncIterator](): AsyncIterator<ExcelJS.Row>;
}

async function* streamedRows(sheet: StreamedSheet): AsyncGenerator<RawRow> {
  for await (const row of sheet) {
    // row.values is 1-based and sparse (index = column number).
    const values = row.values as ExcelValue[];
    const cells: (CellValue | null)[] = [];
    for (let c = 1; c < values.length; c++) cells.push(toCell(values[c]));
    yield { number: row.number, cells };
  }
}

/**
 * Sheets of an .xlsx, streamed: shared strings are cached (they are needed to read any cell) and
 * styles too, so that a date-formatted cell comes back as a Date, not as its day serial.
 */
export async function* xlsxSheets(bytes: Uint8Array): AsyncGenerator<RawSheet> {
  const input = Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  for await (const worksheet of reader) {
    const sheet = worksheet as unknown as StreamedSheet;
    yield { name: sheet.name, rows: streamedRows(sheet) };
  }
}

/** Characters of the text that papaparse reads at a time: its rows are handed on before the next piece is read. */
const CSV_CHUNK_CHARS = 64 * 1024;

/**
 * A CSV's records as rows: record i is row i + 1, which is where Excel shows it when it opens the file.
 * Parsed a piece at a time (papaparse pauses after each piece and carries a record cut in two over
 * to the next), so that the records of the whole file are never held at once.
 */
export function csvSheet(text: string): RawSheet {
  function* rows(): Generator<RawRow> {
    let piece: string[][] | null = null;
    let parser: Papa.Parser | null = null;
    let done = false;
    Papa.parse<string[]>(text, {
      skipEmptyLines: false,
      chunkSize: CSV_CHUNK_CHARS,
      chunk: (results: Papa.ParseResult<string[]>, p: Papa.Parser) => {
        piece = results.data;
        parser = p;
        p.pause();
      },
      complete: () => {
        done = true;
      },
    });
    let number = 0;
    for (;;) {
      // Assigned by the callbacks above, which TypeScript does not follow.
      const records = piece as string[][] | null;
      piece = null;
      if (records) for (const record of records) yield { number: ++number, cells: record.map((s) => toCell(s)) };
      if (done) return;
      (parser as Papa.Parser | null)!.resume();
    }
  }
  return { name: 'CSV', rows: rows() };
}
