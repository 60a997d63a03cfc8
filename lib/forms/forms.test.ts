import assert from 'node:assert/strict';
import { test } from 'node:test';
import { safeNext } from '@/lib/auth/principal';
import { nest } from './state';

test('dotted field names nest, but never reach a prototype', () => {
  assert.deepEqual(nest({ 'files.license': 'a', 'files.bank': 'b', name: 'x' }), { files: { license: 'a', bank: 'b' }, name: 'x' });
  const out = nest({ '__proto__.polluted': 'yes', 'constructor.prototype.polluted': 'yes', 'a.__proto__.polluted': 'yes', ok: '1' });
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
  assert.equal(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'), false);
  assert.deepEqual(out, { ok: '1' });
  assert.deepEqual(nest({ a: 'x', 'a.b': 'y' }), { a: 'x' }, 'a value is never turned into an object');
});

test('after login only same-site paths are followed', () => {
  assert.equal(safeNext('/unit/match?x=1#top'), '/unit/match?x=1#top');
  for (const evil of [
    '//evil.example',
    '/\t/evil.example',
    '/%09/evil.example',
    '/\\evil.example',
    'https://evil.example',
    '/\n/evil.example',
    '',
    null,
    undefined,
  ]) {
    const out = safeNext(evil as string);
    assert.ok(out === '/' || (out.startsWith('/') && !out.startsWith('//')), `${JSON.stringify(evil)} → ${out}`);
    assert.ok(!new URL(out, 'http://portal').host.includes('evil'), `${JSON.stringify(evil)} → ${out}`);
  }
});
