import { openDb } from '@/lib/db/client';
import { runMigrations } from '@/lib/db/migrate';
import { seed } from '@/lib/db/seed';

/**
 * Migrates and seeds, then exits. Launchers (`npm run demo`, the e2e server) run this as a child
 * process so that the memory the seed takes (~800 MB with PGlite) is returned before serving.
 * Settings come from the launcher's environment.
 */
async function main() {
  const handle = openDb();
  try {
    await runMigrations(handle.db, handle.kind);
    const counts = await seed(handle.db);
    console.log(`数据库就绪（${handle.kind === 'pglite' ? `内置 PGlite：${process.env.PGLITE_DIR || '.data/pglite'}` : 'PostgreSQL'}）：`, counts);
  } finally {
    await handle.close();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
