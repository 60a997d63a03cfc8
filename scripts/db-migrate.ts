import { loadLocalEnv } from './lib/local-env';
import { openDb } from '@/lib/db/client';
import { runMigrations } from '@/lib/db/migrate';
import { rebuildStats } from '@/lib/stats/rebuild';

async function main() {
  loadLocalEnv(Number(process.env.PORT || 3000));
  const handle = openDb();
  try {
    await runMigrations(handle.db, handle.kind);
    // The statistics tables are derived: a migration that recreates them leaves them empty.
    await rebuildStats(handle.db);
    console.log(`数据库迁移完成（${handle.kind === 'pglite' ? '内置 PGlite' : 'PostgreSQL'}）`);
  } finally {
    await handle.close();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
