import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cachedPagePolicy, inlineScriptHashes, noncePolicy, withPagePolicy } from './csp-policy.mjs';

const scriptSrc = (policy: string) => /script-src ([^;]*)/.exec(policy)?.[1] ?? '';

test('inline scripts are named by the SHA-256 of their text; external scripts and data blocks are not', () => {
  const html = [
    '<script>alert(1)</script>',
    '<script src="/_next/static/chunks/main.js" async=""></script>',
    '<script type="application/ld+json">{"@type":"JobPosting"}</script>',
    '<script>self.__next_f.push([1,"中文"])</script>',
    '<script>alert(1)</script>',
  ].join('');
  const hashes = inlineScriptHashes(html);
  // Computed apart: printf 'alert(1)' | openssl dgst -sha256 -binary | base64
  assert.equal(hashes[0], "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
  assert.equal(hashes.length, 2, 'one per distinct inline script, no external or JSON-LD one');
  assert.ok(hashes[1] !== hashes[0]);
});

test('a cached page policy allows its own inline scripts and nothing inline besides', () => {
  const policy = cachedPagePolicy('<script>alert(1)</script>');
  assert.equal(scriptSrc(policy), "'self' 'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
  assert.match(policy, /frame-ancestors 'none'/);
  assert.doesNotMatch(scriptSrc(noncePolicy('abc')), /unsafe-inline/);
});

test('withPagePolicy adds the policy to HTML page entries only, and keeps one already there', () => {
  type Entry = { kind: string; html: string; headers: Record<string, string> };
  const page = withPagePolicy<Entry>({ kind: 'APP_PAGE', html: '<p>x</p><script>alert(1)</script>', headers: { 'x-next-cache-tags': 'a' } });
  assert.match(page.headers['content-security-policy'], /sha256-bhHH/);
  assert.equal(page.headers['x-next-cache-tags'], 'a');
  const kept = withPagePolicy<Entry>({ kind: 'APP_PAGE', html: '<script>other()</script>', headers: { 'content-security-policy': 'kept' } });
  assert.equal(kept.headers['content-security-policy'], 'kept');
  const fetchEntry = { kind: 'FETCH', data: { body: '{}' } };
  assert.deepEqual(withPagePolicy(fetchEntry), { kind: 'FETCH', data: { body: '{}' } });
  assert.equal(withPagePolicy(null), null);
});
