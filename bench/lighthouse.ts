import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Result as LighthouseResult } from 'lighthouse';
import { loadLocalEnv } from '../scripts/lib/local-env';
import { buildIfStale, migrateAndSeed } from '../scripts/lib/prepare';
import { startBuiltApp } from '../scripts/lib/bench-server';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/lib/chromium';

/**
 * `npm run bench:lighthouse`: Lighthouse 12 (mobile, its default) against the built app with the
 * demo data (its own PGlite folder .data/bench-lighthouse, or the database DATABASE_URL names) on
 * home, a list and a position page, in Debian's chromium (CHROME_PATH, default /usr/bin/chromium).
 * Prints the four scores against the targets, the page's JavaScript bytes, and what Lighthouse
 * reports as render-blocking or unused JavaScript.
 */
const PORT = Number(process.env.BENCH_PORT || 3700);
const base = `http://localhost:${PORT}`;
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];
const TARGETS = { performance: 90, accessibility: 100, 'best-practices': 100, seo: 100 } as const;

/**
 * Lighthouse runs as its own CLI process: under tsx its page-side functions would carry esbuild's
 * `__name` helper into the page and fail there.
 */
async function audit(url: string): Promise<LighthouseResult> {
  const cli = path.resolve('node_modules/lighthouse/cli/index.js');
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      cli,
      url,
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      `--only-categories=${Object.keys(TARGETS).join(',')}`,
      `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
    ],
    { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, maxBuffer: 64 * 1024 * 1024 },
  );
  return JSON.parse(stdout) as LighthouseResult;
}

type Item = { url?: string; resourceType?: string; transferSize?: number; wastedBytes?: number; wastedMs?: number };

async function main() {
  loadLocalEnv(PORT);
  if (!process.env.DATABASE_URL) process.env.PGLITE_DIR = path.resolve('.data/bench-lighthouse');
  await migrateAndSeed();
  buildIfStale();
  const server = startBuiltApp(PORT);
  try {
    await server.ready();
    const list = await (await fetch(`${base}/jobs/1401`)).text();
    const code = /\/jobs\/p\/(GW\d+)/.exec(list)?.[1];
    if (!code) throw new Error('列表页中没有岗位');
    const pages = [
      ['首页', '/'],
      ['列表（太原市）', '/jobs/1401'],
      ['岗位页面', `/jobs/p/${code}`],
    ];
    const rows = [];
    const notes: string[] = [];
    let ok = true;
    for (const [name, p] of pages) {
      const { categories, audits, environment } = await audit(base + p);
      const score = (k: keyof typeof TARGETS) => Math.round((categories[k]?.score ?? 0) * 100);
      const items = (id: string) => ((audits[id]?.details as { items?: Item[] } | undefined)?.items ?? []) as Item[];
      const js = items('network-requests')
        .filter((i) => i.resourceType === 'Script')
        .reduce((n, i) => n + (i.transferSize ?? 0), 0);
      for (const k of Object.keys(TARGETS) as (keyof typeof TARGETS)[]) ok &&= score(k) >= TARGETS[k];
      rows.push({
        页面: name,
        地址: p,
        performance: score('performance'),
        accessibility: score('accessibility'),
        'best-practices': score('best-practices'),
        seo: score('seo'),
        'JS KB（传输）': (js / 1024).toFixed(1),
        'TBT ms': Math.round(audits['total-blocking-time']?.numericValue ?? NaN),
        'LCP ms': Math.round(audits['largest-contentful-paint']?.numericValue ?? NaN),
        // Lighthouse's own measure of this machine's CPU at the time: TBT is simulated from it (4× slow-down), so a busy or slower host reads as more blocking time.
        benchmarkIndex: Math.round(environment?.benchmarkIndex ?? NaN),
      });
      for (const id of ['render-blocking-resources', 'unused-javascript']) {
        for (const i of items(id))
          notes.push(`${name} · ${id}: ${i.url}（${i.wastedBytes ? `${(i.wastedBytes / 1024).toFixed(1)} KB` : `${Math.round(i.wastedMs ?? 0)} ms`}）`);
      }
      for (const [id, a] of Object.entries(audits)) {
        if (a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary') notes.push(`${name} · 未通过：${id}（${a.title}）`);
      }
    }
    console.table(rows);
    for (const n of notes) console.log(n);
    console.log(
      ok
        ? '达标：performance ≥ 90，accessibility、best-practices、SEO 均为 100。'
        : '未达标：见上表（目标 performance ≥ 90，accessibility / best-practices / SEO = 100）。',
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
