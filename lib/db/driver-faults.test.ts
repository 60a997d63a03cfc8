import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import postgres from 'postgres';
import { sql } from 'drizzle-orm';
import { openDb } from '@/lib/db/client';
import { rowsOf, testEnv } from '@/lib/test/db';

/**
 * The PostgreSQL driver when a transaction's backend is killed (pg_terminate_backend), on the
 * server DATABASE_URL names (PGlite has no backends to kill: skipped without it). With postgres.js
 * 3.4.9 as published, begin()'s own ROLLBACK went to the closed socket: an uncaught TypeError from
 * a setImmediate (which fails this file), and the pooled connection never flushed a small write
 * again, so the next query on it hung until CONNECT_TIMEOUT. scripts/patch-deps.mjs fixes both.
 */
const url = process.env.DATABASE_URL;
let admin: postgres.Sql;
let h: ReturnType<typeof openDb>;
const uncaught: unknown[] = [];
const onUncaught = (e: unknown) => uncaught.push(e);

before(() => {
  if (!url) return;
  process.on('uncaughtException', onUncaught);
  admin = postgres(url, { max: 1, onnotice: () => {} });
  // A pool of two: the connection that was killed is back in use at once.
  testEnv();
  process.env.DB_POOL_MAX = '2';
  h = openDb({ url });
});

after(async () => {
  if (!url) return;
  process.off('uncaughtException', onUncaught);
  await h.close();
  await admin.end();
});

function within<T>(ms: number, p: Promise<T>): Promise<T> {
  return Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms))]);
}

test('a transaction whose backend is killed fails, and the pool keeps answering (10 times)', { skip: !url && 'needs DATABASE_URL' }, async () => {
  for (let round = 1; round <= 10; round++) {
    let pid: number | null = null;
    const tx = h.db.transaction(async (t) => {
      pid = Number(rowsOf(await t.execute(sql`select pg_backend_pid() as pid`))[0].pid);
      // Large enough to be written at once (the driver defers writes under 1 KB), then in flight.
      await t.execute(sql`select pg_sleep(5), ${'x'.repeat(4096)}::text`);
    });
    const outcome = tx.then(
      () => 'committed',
      (e: { code?: string }) => e.code ?? String(e),
    );
    for (let i = 0; pid === null && i < 500; i++) await new Promise((r) => setTimeout(r, 10));
    await new Promise((r) => setTimeout(r, 50));
    await admin`select pg_terminate_backend(${pid})`;
    assert.equal(await within(5000, outcome), 'CONNECTION_CLOSED', `round ${round}`);
    // Both connections of a small pool answer the next queries at once.
    const answers = await within(5000, Promise.all([1, 2, 3, 4].map(async (n) => rowsOf(await h.db.execute(sql`select ${n}::int as n`))[0].n)));
    assert.deepEqual(answers, [1, 2, 3, 4], `round ${round}`);
    await new Promise((r) => setImmediate(r));
    assert.deepEqual(uncaught, [], `round ${round}: uncaught exceptions`);
  }
});
