import fs from 'node:fs';
import path from 'node:path';
import { isDataDirInUse } from '@/lib/db/lock';
import { loadLocalEnv } from './lib/local-env';
import { buildIfStale, migrateAndSeed, startServer } from './lib/prepare';

/**
 * The server Playwright tests run against: a fresh embedded database per run (or the database
 * DATABASE_URL names, which .ci/run creates fresh), migrated and seeded.
 */
async function main() {
  const port = Number(process.env.E2E_PORT || 3100);
  // Every test logs in from 127.0.0.1; the per-address limits are tested on their own.
  process.env.RATE_LIMIT_LOGIN ??= '1000/300';
  process.env.RATE_LIMIT_REGISTER ??= '1000/3600';
  loadLocalEnv(port);
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
  migrateAndSeed();
  buildIfStale();
  startServer(port);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
