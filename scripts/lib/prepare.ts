import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { databaseScope } from '@/lib/db/client';

/**
 * Migrates and seeds in a child process (scripts/db-setup.ts), which closes the database before it
 * exits so that the server can take the PGlite lock, and leaves none of its memory behind.
 */
export function migrateAndSeed(): void {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/db-setup.ts'], { stdio: 'inherit', env: process.env });
  if (r.status !== 0) throw new Error('数据库迁移或写入演示数据失败');
}

const SOURCES = ['app', 'components', 'lib', 'proxy.ts', 'instrumentation.ts', 'next.config.ts', 'package-lock.json', 'postcss.config.mjs'];

function newestMtime(p: string): number {
  const stat = fs.statSync(p, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(p).reduce((m, name) => Math.max(m, newestMtime(path.join(p, name))), stat.mtimeMs);
}

/** Builds the app unless a build newer than every source file is there already. */
export function buildIfStale(): void {
  const built = fs.statSync('.next/BUILD_ID', { throwIfNoEntry: false })?.mtimeMs ?? 0;
  if (built && SOURCES.every((s) => newestMtime(s) <= built)) {
    console.log('使用已有的构建（.next）。');
    return;
  }
  console.log('正在构建应用（next build）…');
  const r = spawnSync('npx', ['next', 'build'], { stdio: 'inherit', env: process.env });
  if (r.status !== 0) throw new Error('构建失败');
}

/**
 * Next.js keeps the public pages it renders in .next/server/route-cache for as long as the build
 * lives, and serves them (then refreshes them) after a restart. Started on another database than
 * the one they were rendered from (`npm run bench`, then `bench:lighthouse` on the demo data), the
 * build would show the first database's lists and link to positions the second does not have. The
 * database they belong to is written beside them; a server started on another one starts without them.
 */
export function forgetPagesOfOtherDatabases(serverDir = '.next/server'): void {
  if (!fs.existsSync(serverDir)) return;
  const marker = path.join(serverDir, 'route-cache.database');
  const scope = databaseScope();
  if (fs.readFileSync(marker, { encoding: 'utf8', flag: 'a+' }) === scope) return;
  fs.rmSync(path.join(serverDir, 'route-cache'), { recursive: true, force: true });
  fs.writeFileSync(marker, scope);
}

/** Runs `next start` in the foreground of this process tree, forwarding stop signals. */
export function startServer(port: number): void {
  forgetPagesOfOtherDatabases();
  const child = spawnSync('npx', ['next', 'start', '-p', String(port)], { stdio: 'inherit', env: process.env });
  process.exit(child.status ?? 0);
}
