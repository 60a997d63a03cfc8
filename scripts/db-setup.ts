import { openDb } from '@/lib/db/client';
import { runMigrations } from '@/lib/db/migrate';
import { seed } from '@/lib/db/seed';

/**
 * Migrates and seeds, then exits. `npm run demo` and the e2e server run it as a child process so that
 * the database client, the migrations and the seed data are not kept in the launcher's memory while
 * the server runs (about 880 MB resident before). The environment comes from the launcher.
 */
async function main() {
  const handle = openDb();
  try {
    await runMigrations(handle.db, handle.kind);
    const counts = await seed(handle.db, { subsidyDemo: true });
    console.log(`数据库就绪（${handle.kind === 'pglite' ? `内置 PGlite：${process.env.PGLITE_DIR || '.data/pglite'}` : 'PostgreSQL'}）：`, counts);
  } finally {
    await handle.close();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
