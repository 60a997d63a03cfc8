import fs from 'node:fs';
import path from 'node:path';
import { isDataDirInUse } from '@/lib/db/lock';
import { buildIfStale, migrateAndSeed, startServer } from './lib/prepare';

/**
 * The server Playwright tests run against: a fresh embedded database per run (or the database
 * DATABASE_URL names, which .ci/run creates fresh), migrated and seeded.
 */
async function main() {
  process.env.NEXT_TELEMETRY_DISABLED = '1';
  if (!process.env.DATABASE_URL) {
    const root = path.resolve('.data');
    fs.mkdirSync(root, { recursive: true });
    // Earlier runs' folders are kept for inspection until the next run; drop those no process holds.
    for (const name of fs.readdirSync(root)) {
      const old = path.join(root, name);
      if (/^e2e-\d+-\d+$/.test(name) && !isDataDirInUse(old)) {
        fs.rmSync(old, { recursive: true, force: true });
        fs.rmSync(`${old}.lock`, { force: true });
      }
    }
    const dir = path.join(root, `e2e-${Date.now()}-${process.pid}`);
    process.env.PGLITE_DIR = dir;
  }
  await migrateAndSeed();
  buildIfStale();
  startServer(Number(process.env.E2E_PORT || 3100));
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
