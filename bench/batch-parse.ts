import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { parseUpload } from '@/lib/batch';
import { attendanceSpec, matchSpec } from '@/lib/reports/specs';
import { attendanceRow, csvOf, matchRow, table, TODAY } from '@/lib/test/batch-files';

/**
 * Times parseUpload against a plain read of the same file: a 10,000-row 见习匹配结果 .xlsx (ExcelJS
 * streaming reader) and a 100,000-row 见习考勤 .csv (decode + papaparse). Each case runs in its own
 * process so that its peak RSS (getrusage maxrss after the first run) is its own.
 * Usage: npx tsx bench/batch-parse.ts
 */
const OUT = path.join(process.cwd(), 'bench', 'out');
const MATCH_FILE = path.join(OUT, 'match-10k.xlsx');
const ATTENDANCE_FILE = path.join(OUT, 'attendance-100k.csv');
/** The median of these runs after the first (cold) one is reported: shared machines are noisy. */
const WARM_RUNS = 5;

async function writeMatchXlsx(rows: number): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: MATCH_FILE, useSharedStrings: true });
  const ws = wb.addWorksheet('见习匹配结果');
  for (const r of table(Array.from({ length: rows }, (_, i) => matchRow(i)))) ws.addRow(r).commit();
  ws.commit();
  await wb.commit();
}

const CASES: Record<string, (bytes: Buffer) => Promise<number>> = {
  async 'xlsx plain ExcelJS stream'(bytes) {
    let rows = 0;
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([bytes]), { sharedStrings: 'cache', styles: 'cache' });
    for await (const sheet of reader) for await (const row of sheet) rows += (row.values as unknown[]).length > 0 ? 1 : 0;
    return rows - 1;
  },
  async 'xlsx parseUpload (match)'(bytes) {
    const r = await parseUpload(matchSpec, { fileName: 'm.xlsx', bytes }, { today: TODAY });
    if (!r.ok || r.errorCount) throw new Error(r.ok ? `errors: ${r.errorCount}` : r.refusal.message);
    return r.rows.length;
  },
  async 'csv plain decode + papaparse'(bytes) {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return Papa.parse<string[]>(text, { skipEmptyLines: false }).data.length - 1;
  },
  async 'csv parseUpload (attendance)'(bytes) {
    const r = await parseUpload(attendanceSpec, { fileName: 'a.csv', bytes }, { today: TODAY, maxRows: 100_000 });
    if (!r.ok || r.errorCount) throw new Error(r.ok ? `errors: ${r.errorCount}` : r.refusal.message);
    return r.rows.length;
  },
};

async function runCase(name: string): Promise<void> {
  const bytes = fs.readFileSync(name.startsWith('xlsx') ? MATCH_FILE : ATTENDANCE_FILE);
  const baseline = process.memoryUsage().rss;
  const times: number[] = [];
  let rows = 0;
  let peak = 0;
  for (let i = 0; i < 1 + WARM_RUNS; i++) {
    const t0 = performance.now();
    rows = await CASES[name](bytes);
    times.push(performance.now() - t0);
    // Peak RSS of the first run: later runs add garbage not yet collected, not what one upload costs.
    if (i === 0) peak = process.resourceUsage().maxRSS * 1024;
  }
  const warm = times.slice(1).sort((a, b) => a - b)[Math.floor(WARM_RUNS / 2)];
  console.log(
    JSON.stringify({ name, rows, coldMs: Math.round(times[0]), warmMs: Math.round(warm), rssGrowthMb: Math.max(0, Math.round((peak - baseline) / 1048576)) }),
  );
}

async function main(): Promise<void> {
  const only = process.argv[2];
  if (only) return runCase(only);

  fs.mkdirSync(OUT, { recursive: true });
  await writeMatchXlsx(10_000);
  fs.writeFileSync(ATTENDANCE_FILE, csvOf(table(Array.from({ length: 100_000 }, (_, i) => attendanceRow(i)))));
  console.log(
    `match-10k.xlsx ${(fs.statSync(MATCH_FILE).size / 1048576).toFixed(1)} MB, attendance-100k.csv ${(fs.statSync(ATTENDANCE_FILE).size / 1048576).toFixed(1)} MB`,
  );

  const results = Object.keys(CASES).map((name) => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', __filename, name], { encoding: 'utf8' });
    return JSON.parse(out.trim().split('\n').pop()!) as { name: string; rows: number; coldMs: number; warmMs: number; rssGrowthMb: number };
  });
  for (const r of results)
    console.log(
      `${r.name.padEnd(30)} ${String(r.rows).padStart(7)} rows  cold ${String(r.coldMs).padStart(6)} ms  warm median ${String(r.warmMs).padStart(6)} ms  peak RSS +${r.rssGrowthMb} MB`,
    );
  const [plainX, ourX, plainC, ourC] = results;
  console.log(`xlsx: parseUpload / plain = ${(ourX.warmMs / plainX.warmMs).toFixed(2)}× (target ≤ 1.5×, ≤ 3000 ms)`);
  console.log(`csv:  parseUpload ${ourC.warmMs} ms, +${ourC.rssGrowthMb} MB (target ≤ 10000 ms, ≤ 250 MB); plain ${plainC.warmMs} ms`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
