import { spawnSync } from 'node:child_process';

/**
 * `npm run test:multi`: the two-process tests need what several processes share — PostgreSQL and
 * Redis. Without both (the embedded-database pass of `npm test`) there is nothing to share: say so.
 */
if (!process.env.DATABASE_URL || !process.env.REDIS_URL) {
  console.log('两进程测试需要 DATABASE_URL 与 REDIS_URL（.ci/run 的 PostgreSQL 一轮会设置），本轮不运行。');
  process.exit(0);
}
const r = spawnSync('npx', ['playwright', 'test', '-c', 'playwright.multi.config.ts', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(r.status ?? 1);
