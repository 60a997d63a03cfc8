import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isStorable } from './page-cache-handler.mjs';

const listKey = (filters: string) => `/route-cache/app-page/0f3a/$/jobs/q/140105/${filters}`;
const key = (qs: string) => Buffer.from(qs, 'utf8').toString('base64url');
const page = (status = 200) => ({ kind: 'APP_PAGE', status });

test('list pages with the fixed filters are kept, free-text searches are not', () => {
  assert.equal(isStorable(listKey('-'), page()), true);
  assert.equal(isStorable(listKey(key('edu=本科及以上&cat=技术类&page=3')), page()), true);
  assert.equal(isStorable(listKey(key('q=会计')), page()), false);
  assert.equal(isStorable(listKey(key('edu=本科及以上&q=x&page=2')), page()), false);
});

test('404 pages (unknown position codes, pages past the last) are not kept', () => {
  assert.equal(isStorable('/route-cache/app-page/ab12/$/jobs/p/GW140105999999', page(404)), false);
  assert.equal(isStorable('/route-cache/app-page/ab12/$/jobs/p/GW140105000001', page()), true);
});

test('an empty data-cache result (the lookup of an unknown code) is not kept, a found one is', () => {
  assert.equal(isStorable('5d41402abc4b2a76', { kind: 'FETCH', data: { body: 'null' } }), false);
  assert.equal(isStorable('5d41402abc4b2a76', { kind: 'FETCH', data: { body: '{"code":"GW1"}' } }), true);
});
