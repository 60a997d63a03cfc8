import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { databaseScope, openDb } from './client';
import { DataDirLockedError, lockPathFor } from './lock';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'jx-db-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

const HOLDER = `
  const { openDb } = require('./lib/db/client');
  const h = openDb({ url: '', pgliteDir: process.argv[1] });
  h.db.execute('select 1').then(() => { process.stdout.write('ready\\n'); setInterval(() => {}, 1000); });
`;

function startHolder(dir: string): Promise<{ pid: number; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', '-e', HOLDER, dir], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.stdout.on('data', (b: Buffer) => {
      if (b.toString().includes('ready'))
        resolve({
          pid: child.pid!,
          stop: () =>
            new Promise((done) => {
              child.once('exit', () => done());
              child.kill('SIGKILL');
            }),
        });
    });
  });
}

describe('embedded PGlite data folder', () => {
  test('keeps data across openings', async () => {
    const dir = path.join(tmp, 'persist');
    const a = openDb({ url: '', pgliteDir: dir });
    await a.db.execute(sql`create table t (v int)`);
    await a.db.execute(sql`insert into t values (42)`);
    await a.close();
    const b = openDb({ url: '', pgliteDir: dir });
    const rows = await b.db.execute(sql`select v from t`);
    assert.deepEqual((rows as unknown as { rows: { v: number }[] }).rows, [{ v: 42 }]);
    await b.close();
    assert.ok(!fs.existsSync(lockPathFor(dir)), 'closing releases the lock');
  });

  test('refuses a second process on the same folder, naming the holder', async () => {
    const dir = path.join(tmp, 'shared');
    const holder = await startHolder(dir);
    try {
      assert.throws(
        () => openDb({ url: '', pgliteDir: dir }),
        (e: unknown) => e instanceof DataDirLockedError && e.holderPid === holder.pid && e.message.includes(String(holder.pid)),
      );
      const seedRun = spawnSync('npm', ['run', '-s', 'db:seed'], { env: { ...process.env, DATABASE_URL: '', PGLITE_DIR: dir }, encoding: 'utf8' });
      assert.notEqual(seedRun.status, 0);
      assert.match(seedRun.stderr, new RegExp(`正被进程 ${holder.pid} 使用`));
    } finally {
      await holder.stop();
    }
  });

  test('takes over a stale lock left by a process that died', async () => {
    const dir = path.join(tmp, 'stale');
    const holder = await startHolder(dir);
    await holder.stop();
    assert.ok(fs.existsSync(lockPathFor(dir)), 'a killed holder leaves its lock file');
    const h = openDb({ url: '', pgliteDir: dir });
    await h.db.execute(sql`select 1`);
    assert.equal(JSON.parse(fs.readFileSync(lockPathFor(dir), 'utf8')).pid, process.pid);
    await h.close();
  });
});

test('cached results are keyed by database: another DATABASE_URL or PGlite folder is another scope, the same one the same', () => {
  const saved = { url: process.env.DATABASE_URL, dir: process.env.PGLITE_DIR };
  const scopeWith = (url: string | undefined, dir: string) => {
    if (url === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = url;
    process.env.PGLITE_DIR = dir;
    return databaseScope();
  };
  try {
    const a = scopeWith('postgres://jx@127.0.0.1:5432/jx_a', '.data/x');
    assert.equal(scopeWith('postgres://jx@127.0.0.1:5432/jx_a', '.data/y'), a, 'the PGlite folder does not matter on PostgreSQL');
    assert.notEqual(scopeWith('postgres://jx@127.0.0.1:5432/jx_b', '.data/x'), a);
    // The password is not part of it (the scope is written into cache keys and a file).
    assert.equal(scopeWith('postgres://jx:s3cret@127.0.0.1:5432/jx_a', '.data/x'), a);
    const p = scopeWith(undefined, '.data/bench');
    assert.equal(scopeWith(undefined, path.resolve('.data/bench')), p, 'a relative and an absolute path to one folder');
    assert.notEqual(scopeWith(undefined, '.data/bench-lighthouse'), p);
    assert.notEqual(p, a);
  } finally {
    if (saved.url === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = saved.url;
    if (saved.dir === undefined) delete process.env.PGLITE_DIR;
    else process.env.PGLITE_DIR = saved.dir;
  }
});
