import { spawnSync } from 'node:child_process';
import postgres from 'postgres';

/**
 * `npm run bench:load` (issue #12 item 6): two `next start` processes on one PostgreSQL and one
 * Redis, 200 public connections for 60 s while 5 units import and 2 reviewers decide; prints
 * requests, req/s, p50/p95/p99, 5xx, imports and decisions done, lost and doubled writes. It is the
 * CI spec e2e-multi/load.spec.ts (10 s, 50 connections there) run longer: Playwright starts and
 * stops both processes whatever happens. Runs in a fresh database on the server DATABASE_URL
 * names (dropped afterwards) and its own Redis key prefix. LOAD_SECONDS, LOAD_CONNECTIONS,
 * LOAD_IMPORT_ROWS and MULTI_E2E_PORT (A's port; B is the next one) change the defaults.
 */
async function main() {
  const base = process.env.DATABASE_URL;
  if (!base || !process.env.REDIS_URL) {
    console.error('npm run bench:load 需要 DATABASE_URL（PostgreSQL）与 REDIS_URL：两个进程共用它们。');
    process.exit(2);
  }
  const stamp = `${Date.now()}_${process.pid}`;
  const name = `jx_load_${stamp}`;
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  try {
    const r = spawnSync('npx', ['playwright', 'test', '-c', 'playwright.multi.config.ts', 'e2e-multi/load.spec.ts'], {
      stdio: 'inherit',
      env: {
        ...process.env,
        DATABASE_URL: url.toString(),
        REDIS_KEY_PREFIX: `jx-load-${stamp}`,
        LOAD_SECONDS: process.env.LOAD_SECONDS || '60',
        LOAD_CONNECTIONS: process.env.LOAD_CONNECTIONS || '200',
      },
    });
    process.exitCode = r.status ?? 1;
  } finally {
    await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
