import { loadLocalEnv } from './lib/local-env';
import { openDb } from '@/lib/db/client';
import { seed } from '@/lib/db/seed';

async function main() {
  loadLocalEnv(Number(process.env.PORT || 3000));
  const handle = openDb();
  try {
    // `npm run db:seed -- --bench` (or SEED_BENCH=1) adds the 100,000-position benchmark data set.
    const counts = await seed(handle.db, { subsidyDemo: true, bench: process.argv.includes('--bench') || process.env.SEED_BENCH === '1' });
    console.log(`演示数据已写入：${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join('，')}`);
  } finally {
    await handle.close();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
