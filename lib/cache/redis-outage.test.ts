import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type RedisCacheHandler from './redis-handler.mjs';

/**
 * Redis going away and coming back, on a Redis of the test's own (a spare port, so the machine's
 * Redis is left alone; an append-only file, so its entries survive the kill): nothing throws, reads
 * miss at once, the error is logged once, and after the restart an invalidation made during the
 * outage is applied to the entries that survived it.
 */
const hasRedis = spawnSync('redis-server', ['--version']).status === 0;
const port = 20_000 + (process.pid % 20_000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'redis-outage-'));
let server: ChildProcess | null = null;
let handler: RedisCacheHandler;
const logged: string[] = [];

const start = () => {
  server = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'yes', '--appendfsync', 'always', '--dir', dir],
    { stdio: 'ignore' },
  );
};
const stop = async () => {
  const s = server;
  if (!s) return;
  server = null;
  await new Promise((r) => {
    s.once('exit', r);
    s.kill('SIGKILL');
  });
};
const waitUntil = async (ok: () => boolean) => {
  for (let i = 0; i < 200 && !ok(); i++) await new Promise((r) => setTimeout(r, 50));
  assert.ok(ok(), 'condition not reached in 10 s');
};

before(async () => {
  if (!hasRedis) return;
  process.env.REDIS_URL = `redis://127.0.0.1:${port}`;
  process.env.REDIS_KEY_PREFIX = 'outage';
  const original = console.error;
  console.error = (...args: unknown[]) => {
    if (String(args[0]).startsWith('[cache]')) logged.push(String(args[0]));
    else original(...args);
  };
  start();
  await new Promise((r) => setTimeout(r, 300));
  const { default: H } = await import('./redis-handler.mjs');
  handler = new H({});
  await waitUntil(() => handler.redis.client.isReady);
});

after(async () => {
  if (!hasRedis) return;
  await stop();
  await handler.redis.client.quit().catch(() => undefined);
  fs.rmSync(dir, { recursive: true, force: true });
});

test(
  'Redis stopped and started: reads miss without throwing, one log line, recovery with the pending invalidation',
  { skip: !hasRedis && 'redis-server not installed' },
  async () => {
    const page = { kind: 'APP_PAGE', html: 'old', headers: { 'x-next-cache-tags': 'positions' } };
    await handler.set('/jobs', page, {});
    assert.ok(await handler.get('/jobs', {}));

    await stop();
    await waitUntil(() => !handler.redis.client.isReady);
    const t0 = Date.now();
    for (let i = 0; i < 50; i++) {
      assert.equal(await handler.get('/jobs', {}), null);
      await handler.set('/jobs', page, {});
    }
    await new Promise((r) => setTimeout(r, 2));
    await handler.revalidateTag('positions', { expire: 0 });
    assert.ok(Date.now() - t0 < 1_000, `50 reads and writes took ${Date.now() - t0} ms while Redis was down`);
    assert.equal(logged.length, 1, logged.join('\n'));

    start();
    await waitUntil(() => handler.redis.client.isReady);
    await waitUntil(() => handler.redis.pending.size === 0);
    assert.equal(await handler.get('/jobs', {}), null, 'the entry that survived the outage is invalidated');
    await new Promise((r) => setTimeout(r, 2));
    await handler.set('/jobs', { ...page, html: 'new' }, {});
    assert.equal(((await handler.get('/jobs', {}))?.value as { html: string }).html, 'new');
  },
);
