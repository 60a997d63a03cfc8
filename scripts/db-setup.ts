import { openDb } from '@/lib/db/client';
import { runMigrations } from '@/lib/db/migrate';
import { seed } from './seed';
import { seedPlan } from './seed/plan';

/**
 * Migrates and seeds, then exits. `npm run demo` and the e2e server run it as a child process so that
 * the database client, the migrations and the seed data are not kept in the launcher's memory while
 * the server runs (about 880 MB resident before). The environment comes from the launcher.
 */
async function main() {
  // The demo and the e2e server want the demo accounts; still never into a production database.
  const plan = seedPlan(['--demo', ...process.argv.slice(2)], process.env.NODE_ENV);
  if ('refused' in plan) throw new Error(plan.refused);
  const handle = openDb();
  try {
    await runMigrations(handle.db, handle.kind);
    const counts = await seed(handle.db, { ...plan, subsidyDemo: true });
    console.log(`数据库就绪（${handle.kind === 'pglite' ? `内置 PGlite：${process.env.PGLITE_DIR || '.data/pglite'}` : 'PostgreSQL'}）：`, counts);
  } finally {
    await handle.close();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
