import { sql } from 'drizzle-orm';
import { openDb } from '@/lib/db/client';
import { runMigrations } from '@/lib/db/migrate';
import { seed } from '@/scripts/seed';
import { seedQueue } from '@/scripts/seed/queue';
import { listReviewFilings, parseReviewFilter } from '@/lib/filings/queries';
import { regionsUnder } from '@/lib/regions/queries';
import { loadLocalEnv } from '../scripts/lib/local-env';

/**
 * `npm run bench:queue`: the review queue (审核工作台) at QUEUE_FILINGS filings (default 1,000,000,
 * seeded once into the database DATABASE_URL names, or PGlite at .data/bench-queue): p50/p95 of the
 * queue's own queries (rows, total and the 地区 options, as app/review/page.tsx runs them) with the
 * default filters (未审核), page 1 and page 500, as county, city and province staff. Target p95 ≤ 100 ms.
 */
const FILINGS = Number(process.env.QUEUE_FILINGS || 1_000_000);
const RUNS = Number(process.env.QUEUE_RUNS || 40);
const TARGET_MS = 100;

const VIEWERS = [
  { who: '县区工作人员', scope: '140105' },
  { who: '市工作人员', scope: '1401' },
  { who: '省工作人员', scope: '14' },
];

async function main() {
  loadLocalEnv(3000);
  if (!process.env.DATABASE_URL) process.env.PGLITE_DIR ??= '.data/bench-queue';
  const h = openDb();
  try {
    await runMigrations(h.db, h.kind);
    const t = Date.now();
    await seed(h.db, { demo: true });
    const added = await seedQueue(h.db, FILINGS);
    console.log(`数据就绪（${h.kind}，${FILINGS} 件申报${added ? '，本次写入' : '，已存在'}）：${((Date.now() - t) / 1000).toFixed(1)} s`);
    // After a bulk load, as autovacuum would: statistics, and the visibility map for index-only scans.
    await h.db.execute(sql`vacuum analyze filings`);
    const table = [];
    let ok = true;
    for (const v of VIEWERS) {
      for (const page of [1, 500]) {
        const f = { ...parseReviewFilter({}), page };
        const once = () => Promise.all([listReviewFilings(h.db, v.scope, f), regionsUnder(h.db, v.scope)]);
        const [[{ rows, total }]] = await Promise.all([once(), once()]);
        const ms: number[] = [];
        for (let i = 0; i < RUNS; i++) {
          const s = performance.now();
          await once();
          ms.push(performance.now() - s);
        }
        ms.sort((a, b) => a - b);
        const p = (q: number) => Math.round(ms[Math.min(ms.length - 1, Math.floor(q * ms.length))] * 10) / 10;
        ok &&= p(0.95) <= TARGET_MS;
        table.push({
          身份: v.who,
          辖区: v.scope,
          页: page,
          未审核总数: total,
          本页行数: rows.length,
          'p50 ms': p(0.5),
          'p95 ms': p(0.95),
          目标: `≤ ${TARGET_MS} ms`,
        });
      }
    }
    console.table(table);
    console.log(ok ? `达标：每项 p95 ≤ ${TARGET_MS} ms（各 ${RUNS} 次）。` : `未达标：见上表（目标 p95 ≤ ${TARGET_MS} ms）。`);
    process.exitCode = ok ? 0 : 1;
  } finally {
    await h.close();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
