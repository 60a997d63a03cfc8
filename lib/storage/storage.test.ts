import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { LocalStore, S3Store, newStorageKey } from './index';
import { sniffAttachment } from './sniff';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'jx-store-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

test('the local store keeps files under random keys and refuses path-like keys', async () => {
  const store = new LocalStore(tmp);
  const key = newStorageKey();
  await store.put(key, new Uint8Array([1, 2, 3]));
  assert.deepEqual(await store.get(key), new Uint8Array([1, 2, 3]));
  assert.equal(await store.exists(key), true);
  await store.remove(key);
  assert.equal(await store.get(key), null);
  assert.equal(await store.exists(key), false);
  await assert.rejects(store.put('../../etc/passwd', new Uint8Array([1])), /invalid storage key/);
});

test('the S3 store sends SigV4-signed PUT, GET, HEAD and DELETE to bucket/key', async () => {
  const seen: { method: string; url: string; auth: string | null; body?: string }[] = [];
  const objects = new Map<string, Uint8Array>();
  const fakeS3 = (async (input: Request) => {
    const req = input instanceof Request ? input : new Request(input);
    const body = req.method === 'PUT' ? new Uint8Array(await req.arrayBuffer()) : undefined;
    seen.push({ method: req.method, url: req.url, auth: req.headers.get('authorization') });
    const key = new URL(req.url).pathname;
    if (req.method === 'PUT') objects.set(key, body!);
    if (req.method === 'GET') return objects.has(key) ? new Response(Buffer.from(objects.get(key)!)) : new Response('', { status: 404 });
    if (req.method === 'HEAD') return new Response(null, { status: objects.has(key) ? 200 : 404 });
    if (req.method === 'DELETE') objects.delete(key);
    return new Response('', { status: 200 });
  }) as typeof fetch;
  const store = new S3Store('https://oss.example.test', 'jianxi', { accessKeyId: 'AK', secretAccessKey: 'SK', region: 'cn-north-1' }, fakeS3);
  const key = newStorageKey();
  await store.put(key, new Uint8Array([9, 8, 7]));
  assert.deepEqual(await store.get(key), new Uint8Array([9, 8, 7]));
  assert.equal(await store.exists(key), true);
  await store.remove(key);
  assert.equal(await store.get(key), null);
  assert.equal(await store.exists(key), false);
  assert.deepEqual(
    seen.map((s) => [s.method, s.url]),
    ['PUT', 'GET', 'HEAD', 'DELETE', 'GET', 'HEAD'].map((m) => [m, `https://oss.example.test/jianxi/${key}`]),
  );
  assert.ok(seen.every((s) => s.auth?.startsWith('AWS4-HMAC-SHA256 Credential=AK/') && s.auth.includes('/cn-north-1/s3/aws4_request')));
});

test('attachments are recognised by their first bytes only', () => {
  assert.equal(sniffAttachment(Buffer.from('%PDF-1.7 ...')), 'application/pdf');
  assert.equal(sniffAttachment(Buffer.from([0xff, 0xd8, 0xff, 0xe1])), 'image/jpeg');
  assert.equal(sniffAttachment(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0])), 'image/png');
  assert.equal(sniffAttachment(Buffer.from('MZ\x90\x00')), null);
  assert.equal(sniffAttachment(Buffer.from('<html><script>alert(1)</script>')), null);
  assert.equal(sniffAttachment(Buffer.from('GIF89a')), null);
});
