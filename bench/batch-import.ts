import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { eq, sql } from 'drizzle-orm';
import { openDb } from '@/lib/db/client';
import { runMigrations } from '@/lib/db/migrate';
import { seed } from '@/scripts/seed';
import { DEMO_PASSWORD, DEMO_UNITS } from '@/scripts/seed/demo-accounts';
import { filings, internships, persons, positions } from '@/lib/db/schema';
import { encryptPii, piiHash } from '@/lib/crypto/pii';
import { attendanceRow, csvOf, matchRow, table, validId, xlsxOf, type Cell } from '@/lib/test/batch-files';
import { httpLogin } from '@/lib/test/http-session';
import { birthDateOf, genderOf } from '@/lib/validation';
import { loadLocalEnv } from '../scripts/lib/local-env';
import { buildIfStale, forgetPagesOfOtherDatabases } from '../scripts/lib/prepare';

/**
 * `npm run bench:batch`: imports a 10,000-row 见习匹配结果 .xlsx and a 100,000-row 见习考勤 .csv
 * through the real route (/api/imports/<kind>, signed in through the 统一身份认证 like a browser)
 * of the built app on its own PGlite folder (or the fresh database DATABASE_URL names) and port, and times each against a plain ExcelJS
 * streaming read / papaparse parse of the same file, with the server's peak RSS growth. Each file is
 * imported BENCH_RUNS times (default 3; new people or another month each time, so every import is
 * accepted) and the medians are judged: one import on a shared 2-core machine is noise.
 */
const PORT = Number(process.env.BENCH_PORT || 3600);
const base = `http://localhost:${PORT}`;
const OUT = path.resolve('bench/out');
const MATCH_ROWS = 10_000;
/** Each file is imported this many times (new people, or another month, each time); the median is judged. */
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS || 3));
const MONTHS = ['2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08'];
const ATTENDANCE_ROWS = 100_000;
const CODE = 'GWBENCH000001';
const unit = DEMO_UNITS[0];

async function prepare(): Promise<void> {
  process.env.PGLITE_DIR = path.resolve(`.data/bench-batch-${Date.now()}`);
  const h = openDb();
  try {
    await runMigrations(h.db, h.kind);
    await seed(h.db, { demo: true });
    const [f] = await h.db.select({ id: filings.id }).from(filings).where(eq(filings.unitId, unit.id)).limit(1);
    const [pos] = await h.db
      .insert(positions)
      .values({
        code: CODE,
        filingId: f.id,
        unitId: unit.id,
        status: 'open',
        title: '压测岗位',
        category: '技术',
        headcount: 200_000,
        education: '不限',
        major: '不限',
        months: 6,
        allowanceFen: 215000,
        minWageFen: 215000,
        cityCode: '1401',
        countyCode: '140105',
        address: '小店区',
        duties: '—',
        requirements: '—',
        contactName: '李娜',
        contactPhone: '13935100001',
        deadline: '2027-12-31',
        publishedAt: new Date(),
      })
      .returning({ id: positions.id });
    // The attendance file's people must be this unit's interns covering 2026-03.
    for (let i = 0; i < ATTENDANCE_ROWS; i += 5000) {
      const batch = Array.from({ length: Math.min(5000, ATTENDANCE_ROWS - i) }, (_, k) => validId(MATCH_ROWS + i + k));
      const made = await h.db
        .insert(persons)
        .values(
          batch.map((id, k) => ({
            name: attendanceRow(MATCH_ROWS + i + k).姓名 as string,
            idCardEnc: encryptPii(id),
            idCardHash: piiHash(id),
            gender: genderOf(id),
            birthDate: birthDateOf(id)!,
            phone: null,
          })),
        )
        .returning({ id: persons.id });
      await h.db.insert(internships).values(
        made.map((p) => ({
          personId: p.id,
          unitId: unit.id,
          positionId: pos.id,
          matchFilingId: f.id,
          category: '16–24岁失业青年',
          agreementDate: '2026-02-20',
          startDate: '2026-03-01',
          endDate: '2026-08-31',
        })),
      );
    }
    // After a bulk load, as autovacuum would soon do: without statistics the rules' joins are planned
    // for an empty internships table (bench/review-queue.ts does the same for its filings).
    await h.db.execute(sql`vacuum analyze`);
  } finally {
    await h.close();
  }
}

/**
 * Run k's files: 10,000 people never seen before (run 0 the first 10,000, later runs past the
 * attendance file's interns) and the 100,000 interns' attendance for month k of their internship.
 */
async function files(run: number): Promise<{ xlsx: Buffer; csv: Buffer }> {
  fs.mkdirSync(OUT, { recursive: true });
  const xlsxPath = path.join(OUT, `import-match-10k-${run}.xlsx`);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: xlsxPath, useSharedStrings: true });
  const ws = wb.addWorksheet('见习匹配结果');
  const first = run === 0 ? 0 : MATCH_ROWS + ATTENDANCE_ROWS + (run - 1) * MATCH_ROWS;
  for (const r of table(Array.from({ length: MATCH_ROWS }, (_, i) => ({ ...matchRow(first + i), 岗位编号: CODE })))) ws.addRow(r).commit();
  ws.commit();
  await wb.commit();
  const month = MONTHS[run % MONTHS.length];
  const csv = Buffer.from(csvOf(table(Array.from({ length: ATTENDANCE_ROWS }, (_, i) => ({ ...attendanceRow(MATCH_ROWS + i), 考勤月份: month })))));
  return { xlsx: fs.readFileSync(xlsxPath), csv };
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

function rssOf(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) * 1024 : 0;
}

/** The process that listens: `next start` may run its server in a child. */
function serverPid(server: ChildProcess): number {
  const children = fs.existsSync(`/proc/${server.pid}/task/${server.pid}/children`)
    ? fs.readFileSync(`/proc/${server.pid}/task/${server.pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean)
    : [];
  return children.length ? Number(children[children.length - 1]) : server.pid!;
}

type Imported = { ms: number; rows: number; growthMb: number };

async function timedImport(pid: number, cookie: string, kind: string, name: string, bytes: Buffer): Promise<Imported> {
  const before = rssOf(pid);
  let peak = before;
  const poll = setInterval(() => (peak = Math.max(peak, rssOf(pid))), 20);
  const t = performance.now();
  const res = await fetch(`${base}/api/imports/${kind}`, {
    method: 'POST',
    body: new Uint8Array(bytes),
    headers: { cookie, 'x-file-name': encodeURIComponent(name), 'x-submission-key': randomUUID() },
  });
  const ms = performance.now() - t;
  clearInterval(poll);
  const body = (await res.json()) as { ok: boolean; rows?: number; message?: string };
  if (!body.ok) throw new Error(`${kind}: ${body.message}`);
  return { ms, rows: body.rows!, growthMb: (peak - before) / 1024 / 1024 };
}

/**
 * One refused one-row file per kind first (a wrong 身份证号; nothing is written), so that the timed
 * imports measure a server that has served an import before, not the first request's module loading.
 */
async function warmUp(cookie: string): Promise<number> {
  const t = performance.now();
  const bad = (row: Record<string, Cell>) => ({ ...row, 身份证号: '140105' });
  const files = [
    { kind: 'match', name: 'warm.xlsx', bytes: await xlsxOf([{ name: '见习匹配结果', rows: table([bad({ ...matchRow(0), 岗位编号: CODE })]) }]) },
    { kind: 'attendance', name: 'warm.csv', bytes: Buffer.from(csvOf(table([bad(attendanceRow(MATCH_ROWS))]))) },
  ];
  for (const f of files) {
    const res = await fetch(`${base}/api/imports/${f.kind}`, {
      method: 'POST',
      body: new Uint8Array(f.bytes),
      headers: { cookie, 'x-file-name': encodeURIComponent(f.name), 'x-submission-key': randomUUID() },
    });
    if (res.status !== 422) throw new Error(`预热导入应被拒绝（422），实际 ${res.status}`);
  }
  return performance.now() - t;
}

async function plainXlsx(bytes: Buffer) {
  const t = performance.now();
  let rows = 0;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([bytes]), { sharedStrings: 'cache', styles: 'cache' });
  for await (const sheet of reader) for await (const row of sheet) rows += (row.values as unknown[]).length > 0 ? 1 : 0;
  return { ms: performance.now() - t, rows: rows - 1 };
}

function plainCsv(bytes: Buffer) {
  const t = performance.now();
  const rows = Papa.parse<string[]>(new TextDecoder('utf-8', { fatal: true }).decode(bytes), { skipEmptyLines: true }).data.length - 1;
  return { ms: performance.now() - t, rows };
}

async function main() {
  loadLocalEnv(PORT);
  process.env.AUTH_URL = base;
  buildIfStale();
  const t0 = Date.now();
  await prepare();
  const runs = [];
  for (let k = 0; k < Math.min(RUNS, MONTHS.length); k++) runs.push(await files(k));
  console.log(`数据与文件就绪：${((Date.now() - t0) / 1000).toFixed(1)} s`);
  forgetPagesOfOtherDatabases();
  const server = spawn(path.resolve('node_modules/.bin/next'), ['start', '-p', String(PORT)], {
    env: { ...process.env, NODE_ENV: 'production', IMPORT_MAX_ROWS: String(ATTENDANCE_ROWS) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    for (
      let i = 0;
      i < 120 &&
      !(await fetch(`${base}/public`).then(
        (r) => r.ok,
        () => false,
      ));
      i++
    )
      await new Promise((r) => setTimeout(r, 500));
    const cookie = await httpLogin(base, 'unit', unit.uscc, DEMO_PASSWORD);
    const pid = serverPid(server);
    console.log(`预热（两个各一行、被拒绝的文件，服务器首次加载导入模块）：${((await warmUp(cookie)) / 1000).toFixed(2)} s`);
    const measured = { match: { imports: [] as Imported[], plain: [] as number[] }, attendance: { imports: [] as Imported[], plain: [] as number[] } };
    for (const [k, { xlsx, csv }] of runs.entries()) {
      measured.match.plain.push((await plainXlsx(xlsx)).ms);
      measured.match.imports.push(await timedImport(pid, cookie, 'match', `match-10k-${k}.xlsx`, xlsx));
      measured.attendance.plain.push(plainCsv(csv).ms);
      measured.attendance.imports.push(await timedImport(pid, cookie, 'attendance', `attendance-100k-${k}.csv`, csv));
    }
    const summary = (r: { imports: Imported[]; plain: number[] }) => ({
      ms: median(r.imports.map((i) => i.ms)),
      plainMs: median(r.plain),
      growthMb: Math.max(...r.imports.map((i) => i.growthMb)),
    });
    const m = summary(measured.match);
    const a = summary(measured.attendance);
    const line = (name: string, r: { imports: Imported[]; plain: number[] }, s: typeof m) =>
      `${name.padEnd(24)} 导入 ${r.imports[0].rows} 行 ${r.imports.map((i) => (i.ms / 1000).toFixed(2)).join(' / ')} s（含校验、写库；中位数 ${(s.ms / 1000).toFixed(2)} s）；纯读取中位数 ${(s.plainMs / 1000).toFixed(2)} s；比值 ${(s.ms / s.plainMs).toFixed(2)}×；服务器峰值 RSS 增长最多 ${s.growthMb.toFixed(0)} MB`;
    console.log(`每个文件导入 ${runs.length} 次（BENCH_RUNS），按中位数判断：`);
    console.log(line('见习匹配结果 1 万行 xlsx', measured.match, m));
    console.log(line('见习考勤 10 万行 csv', measured.attendance, a));
    const checks: [string, boolean][] = [
      [`1 万行 xlsx ≤ 1.5 s 且 ≤ 4 × 纯读取（${(m.ms / 1000).toFixed(2)} s，${(m.ms / m.plainMs).toFixed(1)}×）`, m.ms <= 1500 && m.ms <= 4 * m.plainMs],
      [`10 万行 csv ≤ 4 s（${(a.ms / 1000).toFixed(2)} s）`, a.ms <= 4000],
      [`服务器内存增长 ≤ 150 MB（${m.growthMb.toFixed(0)} / ${a.growthMb.toFixed(0)} MB）`, m.growthMb <= 150 && a.growthMb <= 150],
    ];
    for (const [what, ok] of checks) console.log(`${ok ? '达标' : '未达标'}：${what}`);
    process.exitCode = checks.every(([, ok]) => ok) ? 0 : 1;
  } finally {
    server.kill('SIGTERM');
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
