import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type RedisCacheHandler from './redis-handler.mjs';

/**
 * The handler against the machine's Redis (skipped without REDIS_URL, like the PostgreSQL tests):
 * two instances stand for two processes sharing it.
 */
const url = process.env.REDIS_URL;

describe('Redis cache handler', { skip: !url && 'REDIS_URL not set' }, () => {
  let a: RedisCacheHandler;
  let b: RedisCacheHandler;
  before(async () => {
    process.env.REDIS_KEY_PREFIX = `jx-test-${process.pid}-${Date.now()}`;
    const { default: H } = await import('./redis-handler.mjs');
    a = new H({ serverDistDir: '/nonexistent' });
    b = new H({ serverDistDir: '/nonexistent' });
    for (let i = 0; i < 100 && !a.redis.client.isReady; i++) await new Promise((r) => setTimeout(r, 20));
  });
  after(async () => {
    await a.redis.client.quit();
  });

  test('an entry written by one process is read by another, Buffers and Maps intact', async () => {
    const page = {
      kind: 'APP_PAGE',
      html: '<p>岗位</p>',
      rscData: Buffer.from([1, 2, 3]),
      segmentData: new Map([['/a', Buffer.from('x')]]),
      headers: { 'x-next-cache-tags': 'positions,_N_T_/jobs' },
      status: 200,
    };
    await a.set('/jobs/q/14/-', page, { cacheControl: { revalidate: 300 } });
    const got = await b.get('/jobs/q/14/-', { kind: 'APP_PAGE' });
    assert.ok(got);
    const v = got.value as typeof page;
    assert.equal(v.html, '<p>岗位</p>');
    assert.deepEqual([...v.rscData], [1, 2, 3]);
    assert.equal(v.segmentData.get('/a')?.toString(), 'x');
  });

  test('a tag invalidated on one process makes the entry a miss on the other at once', async () => {
    await a.set('list', { kind: 'FETCH', data: { body: '[]' }, tags: ['positions'] }, { tags: ['positions'] });
    assert.ok(await b.get('list', { kind: 'FETCH', tags: ['positions'] }));
    await new Promise((r) => setTimeout(r, 2));
    await a.revalidateTag('positions', { expire: 0 });
    assert.equal(await b.get('list', { kind: 'FETCH', tags: ['positions'] }), null);
    await new Promise((r) => setTimeout(r, 2));
    await b.set('list', { kind: 'FETCH', data: { body: '[1]' }, tags: ['positions'] }, { tags: ['positions'] });
    assert.ok(await a.get('list', { kind: 'FETCH', tags: ['positions'] }), 'written again after the invalidation: fresh');
  });

  test('a page is invalidated through the tags in its header, and through soft tags', async () => {
    await a.set('/jobs/p/GW1', { kind: 'APP_PAGE', html: 'x', headers: { 'x-next-cache-tags': 'position:GW1' } }, {});
    await new Promise((r) => setTimeout(r, 2));
    await b.revalidateTag(['position:GW1']);
    assert.equal(await a.get('/jobs/p/GW1', { kind: 'APP_PAGE' }), null);
    await a.set('d', { kind: 'FETCH', data: {} }, { tags: [] });
    await new Promise((r) => setTimeout(r, 2));
    await b.revalidateTag('_N_T_/layout');
    assert.equal(await a.get('d', { kind: 'FETCH', tags: [], softTags: ['_N_T_/layout'] }), null);
  });
});
