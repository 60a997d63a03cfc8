import { crc32, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { parseUpload } from '@/lib/batch/parse';
import type { ParseResult, ReportSpec } from '@/lib/batch/types';
import { idCardCheckChar } from '@/lib/validation';

/**
 * Builders of upload files for tests, the fixture corpus and the benchmark: valid rows per report,
 * .xlsx and .csv files from rows, GBK bytes, and hand-made zips.
 */
export type Cell = string | number | boolean | Date | null;

/** The n-th of a run of distinct valid 身份证号 (小店区), born 2001-01-01 onwards, one day apart. */
export function validId(n: number, bornFrom = '2001-01-01'): string {
  const birth = new Date(Date.parse(`${bornFrom}T00:00:00Z`) + (n % 3000) * 86_400_000).toISOString().slice(0, 10).replace(/-/g, '');
  const base = `140105${birth}${String(Math.floor(n / 3000) % 1000).padStart(3, '0')}`;
  return base + idCardCheckChar(base);
}

const SURNAMES = '王李张刘陈杨赵黄周吴';
const GIVEN = '伟芳娜敏静丽强磊军洋';

/** A name without digits (names may not contain any), different for the first thousand n. */
export function personName(n: number): string {
  return SURNAMES[n % 10] + GIVEN[Math.floor(n / 10) % 10] + GIVEN[Math.floor(n / 100) % 10];
}

export const TODAY = new Date('2026-11-28T04:00:00Z');

export function matchRow(n: number): Record<string, Cell> {
  return {
    姓名: personName(n),
    身份证号: validId(n),
    手机号码: String(13800000000 + n),
    学历: '大学本科',
    专业: '会计学',
    毕业院校: '山西财经大学',
    毕业时间: '2025-07-01',
    人员类别: '离校2年内未就业高校毕业生',
    岗位编号: 'GW2026000001',
    协议签订日期: '2026-03-01',
    见习开始日期: '2026-03-01',
    见习结束日期: '2026-08-31',
  };
}

export function attendanceRow(n: number): Record<string, Cell> {
  return { 姓名: personName(n), 身份证号: validId(n), 考勤月份: '2026-03', 应出勤天数: 22, 实际出勤天数: 20, 请假天数: 1, 旷工天数: 1, 备注: null };
}

export function onDutyRow(n: number): Record<string, Cell> {
  return {
    姓名: personName(n),
    身份证号: validId(n),
    上报月份: '2026-03',
    在岗状态: '在岗',
    状态变动日期: null,
    '生活补助发放金额（元）': 1980,
    发放日期: '2026-03-31',
    是否已参加意外伤害保险: '是',
    备注: null,
  };
}

export const validRow: Record<string, (n: number) => Record<string, Cell>> = { match: matchRow, attendance: attendanceRow, on_duty: onDutyRow };

/** Rows as a table: header line first, cells in the order of the first row's keys. */
export function table(rows: Record<string, Cell>[], header: string[] = Object.keys(rows[0] ?? {})): Cell[][] {
  return [header, ...rows.map((r) => header.map((h) => r[h] ?? null))];
}

export interface SheetInput {
  name: string;
  rows: Cell[][];
  /** 1-based column numbers to store as text cells with numFmt '@'. */
  textColumns?: number[];
}

export async function xlsxOf(sheets: SheetInput[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const c of s.textColumns ?? []) ws.getColumn(c).numFmt = '@';
    s.rows.forEach((r, i) => (ws.getRow(i + 1).values = r));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function csvOf(rows: Cell[][]): string {
  return Papa.unparse(rows.map((r) => r.map((c) => (c === null ? '' : c instanceof Date ? c.toISOString().slice(0, 10) : String(c)))));
}

let gbkTable: Map<string, number> | null = null;

/** GBK bytes of a string, by inverting the platform's gb18030 decoder over the two-byte range. */
export function encodeGbk(text: string): Uint8Array {
  if (!gbkTable) {
    gbkTable = new Map();
    const decoder = new TextDecoder('gb18030');
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const ch = decoder.decode(new Uint8Array([lead, trail]));
        if (ch.length === 1 && ch !== '\ufffd' && !gbkTable.has(ch)) gbkTable.set(ch, (lead << 8) | trail);
      }
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) out.push(code);
    else {
      const gbk = gbkTable.get(ch);
      if (gbk === undefined) throw new Error(`not in GBK: ${ch}`);
      out.push(gbk >> 8, gbk & 0xff);
    }
  }
  return Uint8Array.from(out);
}

export interface ZipEntryInput {
  name: string;
  data: Buffer;
  /** Claim a different uncompressed size in the headers than the data really has. */
  declaredSize?: number;
  /** Already-deflated data to store as is (with method 8). */
  deflated?: Buffer;
  /** Sizes and CRC after the data (flag bit 3), as streaming zip writers do. */
  descriptor?: boolean;
}

/** A minimal zip writer, so that tests can build archives no office program would write. */
export function zipOf(entries: ZipEntryInput[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const packed = e.deflated ?? deflateRawSync(e.data);
    const name = Buffer.from(e.name, 'utf8');
    const size = e.declaredSize ?? e.data.length;
    const crc = crc32(e.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.descriptor ? 0x0808 : 0x0800, 6);
    local.writeUInt16LE(8, 8);
    if (!e.descriptor) {
      local.writeUInt32LE(crc, 14);
      local.writeUInt32LE(packed.length, 18);
      local.writeUInt32LE(size, 22);
    }
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(e.descriptor ? 0x0808 : 0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    const descriptor = Buffer.alloc(e.descriptor ? 16 : 0);
    if (e.descriptor) {
      descriptor.writeUInt32LE(0x08074b50, 0);
      descriptor.writeUInt32LE(crc, 4);
      descriptor.writeUInt32LE(packed.length, 8);
      descriptor.writeUInt32LE(size, 12);
    }
    locals.push(local, name, packed, descriptor);
    centrals.push(central, name);
    offset += 30 + name.length + packed.length + descriptor.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** Parses rows (keyed by header) as a UTF-8 CSV, with the test's fixed “today”. */
export function parseRows<Row>(spec: ReportSpec<Row, never>, rows: Record<string, Cell>[], header?: string[]): Promise<ParseResult<Row>> {
  const csv = csvOf(table(rows, header ?? spec.columns.map((c) => c.header)));
  return parseUpload(spec, { fileName: 'rows.csv', bytes: Buffer.from(csv, 'utf8') }, { today: TODAY });
}
