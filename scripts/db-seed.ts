import { loadLocalEnv } from './lib/local-env';
import { openDb } from '@/lib/db/client';
import { seed } from './seed';
import { seedPlan } from './seed/plan';
import { seedQueue } from './seed/queue';

/** `npm run db:seed` (reference data), `-- --demo` (and demo data), `-- --bench` (and 100,000 positions). */
async function main() {
  const plan = seedPlan(process.argv.slice(2), process.env.NODE_ENV);
  if ('refused' in plan) throw new Error(plan.refused);
  // Outside production the keys may come from .data/secrets.json (demo accounts encrypt 身份证号).
  if (process.env.NODE_ENV !== 'production') loadLocalEnv(Number(process.env.PORT || 3000));
  const handle = openDb();
  try {
    const counts = await seed(handle.db, { ...plan, subsidyDemo: true });
    console.log(
      `${plan.demo ? '基础数据与演示数据' : '基础数据'}已写入：${Object.entries(counts)
        .map(([k, v]) => `${k} ${v}`)
        .join('，')}`,
    );
    // `npm run db:seed -- --queue[=N]` adds N filings (default 1,000,000) for the review-queue benchmark.
    const queue = process.argv.find((a) => a === '--queue' || a.startsWith('--queue='));
    if (queue) console.log(`审核压测申报已写入：${await seedQueue(handle.db, Number(queue.split('=')[1] || 1_000_000))}`);
  } finally {
    await handle.close();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
