import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

/**
 * Migrates and seeds in a child process (scripts/db-setup.ts), which closes the database before it
 * exits so that the server can take the PGlite lock, and leaves none of its memory behind.
 */
export function migrateAndSeed(): void {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/db-setup.ts'], { stdio: 'inherit', env: process.env });
  if (r.status !== 0) throw new Error('数据库迁移或写入演示数据失败');
}

const SOURCES = ['app', 'components', 'lib', 'proxy.ts', 'next.config.ts', 'package-lock.json', 'postcss.config.mjs'];

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

/** Runs `next start` in the foreground of this process tree, forwarding stop signals. */
export function startServer(port: number): void {
  const child = spawnSync('npx', ['next', 'start', '-p', String(port)], { stdio: 'inherit', env: process.env });
  process.exit(child.status ?? 0);
}
