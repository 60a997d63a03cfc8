import fs from 'node:fs';
import path from 'node:path';

/**
 * PGlite has no lock of its own: a second process on the same data folder silently loses writes.
 * We hold `<dir>.lock` (created with O_EXCL) carrying the holder's PID; a lock whose PID is gone
 * is stale and taken over.
 */
export class DataDirLockedError extends Error {
  constructor(
    readonly dir: string,
    readonly holderPid: number,
    readonly since: string,
  ) {
    super(
      `数据目录 ${dir} 正被进程 ${holderPid} 使用（自 ${since} 起）。PGlite 只允许一个进程打开同一数据目录：` +
        `请先停止该进程（例如正在运行的 npm run demo），或用 PGLITE_DIR 指定另一个目录。`,
    );
    this.name = 'DataDirLockedError';
  }
}

type Holder = { pid: number; since: string };

function readHolder(lockPath: string): Holder | null {
  try {
    const parsed = JSON.parse(fs.readFileSync(lockPath, 'utf8')) as Partial<Holder>;
    return typeof parsed.pid === 'number' ? { pid: parsed.pid, since: String(parsed.since ?? '') } : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const held = new Set<string>();

export function lockPathFor(dir: string): string {
  return `${path.resolve(/*turbopackIgnore: true*/ dir)}.lock`;
}

/** Takes the folder's lock for this process (idempotent within the process); returns a release function. */
export function acquireDataDirLock(dir: string): () => void {
  const lockPath = lockPathFor(dir);
  const release = () => {
    const holder = readHolder(lockPath);
    if (holder?.pid === process.pid) fs.rmSync(lockPath, { force: true });
    held.delete(lockPath);
  };
  if (held.has(lockPath)) return release;
  fs.mkdirSync(path.dirname(lockPath), { recursive: true });

  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const fd = fs.openSync(lockPath, 'wx');
      fs.writeSync(fd, JSON.stringify({ pid: process.pid, since: new Date().toISOString() }));
      fs.closeSync(fd);
      held.add(lockPath);
      process.once('exit', release);
      return release;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const holder = readHolder(lockPath);
    if (holder && holder.pid === process.pid) {
      held.add(lockPath);
      return release;
    }
    if (holder && isAlive(holder.pid)) throw new DataDirLockedError(path.resolve(/*turbopackIgnore: true*/ dir), holder.pid, holder.since);
    if (!holder) {
      // Another process may be between creating the file and writing its PID: give it a moment.
      const stat = fs.statSync(lockPath, { throwIfNoEntry: false });
      if (!stat) continue;
      if (Date.now() - stat.mtimeMs < 2000) {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
        continue;
      }
    }
    // Stale: move it aside atomically so that only one contender removes it.
    const aside = `${lockPath}.stale-${process.pid}-${attempt}`;
    try {
      fs.renameSync(lockPath, aside);
      fs.rmSync(aside, { force: true });
    } catch {
      /* another process took it over first; try again */
    }
  }
  throw new Error(`无法获取数据目录锁 ${lockPath}`);
}

/** Whether a live process holds the folder's lock. */
export function isDataDirInUse(dir: string): boolean {
  const holder = readHolder(lockPathFor(dir));
  return !!holder && isAlive(holder.pid);
}
