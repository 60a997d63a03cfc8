import path from 'node:path';
import autocannon from 'autocannon';
import { openDb } from '@/lib/db/client';
import { runMigrations } from '@/lib/db/migrate';
import { seed } from '@/scripts/seed';
import { loadLocalEnv } from '../scripts/lib/local-env';
import { buildIfStale } from '../scripts/lib/prepare';
import { startBuiltApp } from '../scripts/lib/bench-server';

/**
 * `npm run bench`: the built app on the 100,000-position data set (its own PGlite folder
 * .data/bench, or the database DATABASE_URL names), on its own port (BENCH_PORT, default 3500).
 * autocannon on loopback, 50 connections, measures a static page, the public list filtered by 市
 * and by 市 + 县区, a position page and the home page (the last for its bytes; no target), and prints requests/s, p95 and the ratios to the static page.
 */
const PORT = Number(process.env.BENCH_PORT || 3500);
const CONNECTIONS = 50;
const SECONDS = Number(process.env.BENCH_SECONDS || 10);
const base = `http://localhost:${PORT}`;

async function prepareData() {
  if (!process.env.DATABASE_URL) process.env.PGLITE_DIR = path.resolve('.data/bench');
  const h = openDb();
  try {
    await runMigrations(h.db, h.kind);
    const t = Date.now();
    const counts = await seed(h.db, { demo: true, bench: true });
    console.log(`数据就绪（${h.kind}）：`, counts, `${((Date.now() - t) / 1000).toFixed(1)} s`);
  } finally {
    await h.close();
  }
}

type Result = { name: string; path: string; rps: number; p95: number; p50: number; errors: number; bytes: number };

async function measure(name: string, urlPath: string): Promise<Result> {
  let bytes = 0;
  for (let i = 0; i < 20; i++) bytes = Buffer.byteLength(await (await fetch(base + urlPath)).text());
  const latencies: number[] = [];
  const r = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url: base + urlPath, connections: CONNECTIONS, duration: SECONDS }, (err, result) => (err ? reject(err) : resolve(result)));
    // Every response's latency, for an exact p95 (autocannon's summary has p90 and p97.5 only).
    instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
  });
  latencies.sort((a, b) => a - b);
  const pct = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  return { name, path: urlPath, rps: r.requests.average, p95: pct(0.95), p50: pct(0.5), errors: r.errors + r.non2xx + r.timeouts, bytes };
}

async function main() {
  loadLocalEnv(PORT);
  await prepareData();
  buildIfStale();
  const server = startBuiltApp(PORT);
  try {
    await server.ready();
    const list = await (await fetch(`${base}/jobs/1401/140105`)).text();
    const code = /\/jobs\/p\/(GW\d+)/.exec(list)?.[1];
    if (!code) throw new Error('列表页中没有岗位');
    const results = [
      await measure('静态页面 /public', '/public'),
      await measure('列表（市）', '/jobs/1401'),
      await measure('列表（市 + 县区）', '/jobs/1401/140105'),
      await measure('岗位页面', `/jobs/p/${code}`),
      await measure('首页', '/'),
    ];
    const stat = results[0];
    console.log(`\n${CONNECTIONS} 个连接，每项 ${SECONDS} 秒，环回地址 ${base}`);
    console.table(
      results.map((r) => ({
        页面: r.name,
        地址: r.path,
        'requests/s': Math.round(r.rps),
        'p50 ms': r.p50,
        'p95 ms': r.p95,
        错误: r.errors,
        与静态页之比: (r.rps / stat.rps).toFixed(2),
        'HTML KB': (r.bytes / 1024).toFixed(1),
        字节与静态页之比: (r.bytes / stat.bytes).toFixed(2),
      })),
    );
    const ok = results.slice(1, 4).every((r) => r.rps >= 0.8 * stat.rps && r.p95 <= 50 && r.errors === 0 && r.bytes <= 1.5 * stat.bytes);
    console.log(
      ok
        ? '达标：列表与岗位页面 ≥ 0.8 × 静态页面 requests/s，p95 ≤ 50 ms，HTML ≤ 1.5 × 静态页面。'
        : '未达标：见上表（目标 ≥ 0.8 × 静态页面 requests/s，p95 ≤ 50 ms，无错误，HTML ≤ 1.5 × 静态页面字节）。',
    );
    process.exitCode = ok ? 0 : 1;
  } finally {
    server.stop();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
