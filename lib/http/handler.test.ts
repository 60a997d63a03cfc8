import assert from 'node:assert/strict';
import { test } from 'node:test';
import { z } from 'zod';
import type { Principal } from '@/lib/auth/principal';
import { GENERAL_FAILURE, UserFacingError } from '@/lib/errors';
import { routeWrapper } from './handler';

const unit: Principal = { role: 'unit', id: 'u1', name: '甲公司', uscc: '91140100MA0000000X', acct: 'a', sv: 1 };
const person: Principal = { role: 'person', id: 'p1', name: '张三', acct: 'c', sv: 1 };
const route = (p: Principal | null) => routeWrapper({ principal: async () => p });
const ctx = (params: Record<string, string> = {}) => ({ params: Promise.resolve(params) });
const post = (body = 'x', url = 'http://portal/api/x?slot=license') => new Request(url, { method: 'POST', body });
const json = async (r: Response) => ({ status: r.status, body: await r.json() });

const schema = z.object({ slot: z.enum(['license', 'bank'], '未知的附件类别。'), kind: z.string() });

test('route: no session is 401, a wrong role 403, a bad param 400, all in Chinese, before the handler runs', async () => {
  let calls = 0;
  const handler = async () => (calls++, Response.json({ ok: true }));
  assert.deepEqual(await json(await route(null)({ role: 'unit', schema }, handler)(post(), ctx({ kind: 'a' }))), {
    status: 401,
    body: { ok: false, message: '登录已过期或已退出，请重新登录后再提交。' },
  });
  const wrong = await json(await route(person)({ role: 'unit', schema }, handler)(post(), ctx({ kind: 'a' })));
  assert.equal(wrong.status, 403);
  assert.match(wrong.body.message, /仅限单位用户/);
  const bad = await json(await route(unit)({ role: 'unit', schema }, handler)(post('x', 'http://portal/api/x?slot=passport'), ctx({ kind: 'a' })));
  assert.deepEqual(bad, { status: 400, body: { ok: false, message: '未知的附件类别。' } });
  assert.equal(calls, 0);
  const ok = await route(unit)({ role: 'unit', schema }, async ({ input, p }) => Response.json({ input, id: p.id }))(post(), ctx({ kind: 'a' }));
  assert.deepEqual(await ok.json(), { input: { slot: 'license', kind: 'a' }, id: 'u1' });
});

test('route: a body over the cap is 413 whatever Content-Length says; the handler gets the bytes under it', async () => {
  const r = route(unit)({ role: 'unit', maxBytes: 4, tooBig: (max) => `文件超过 ${max} 字节` }, async ({ body }) => Response.json({ n: body.length }));
  assert.deepEqual(await json(await r(post('12345'), ctx())), { status: 413, body: { ok: false, message: '文件超过 4 字节' } });
  const lying = new Request('http://portal/api/x', {
    method: 'POST',
    body: new ReadableStream({ start: (c) => (c.enqueue(new Uint8Array(10)), c.close()) }),
    duplex: 'half',
  } as RequestInit);
  assert.equal((await r(lying, ctx())).status, 413);
  assert.deepEqual(await json(await r(post('1234'), ctx())), { status: 200, body: { n: 4 } });
});

test('route: a UserFacingError becomes its status and message; text routes answer in text', async () => {
  const r = route(unit)({ role: 'unit', errorsAs: 'text' }, async () => {
    throw new UserFacingError('文件不存在或已过期', { status: 404, log: 'marked upload gone' });
  });
  const res = await r(new Request('http://portal/api/imports/marked/1'), ctx());
  assert.equal(res.status, 404);
  assert.match(res.headers.get('content-type') ?? '', /text\/plain/);
  assert.equal(await res.text(), '文件不存在或已过期');
});

test('route: an unexpected error is a 500 in general words; the details go to the log only', async (t) => {
  const logged = t.mock.method(console, 'error', () => {});
  const r = route(unit)({ role: 'unit' }, async () => {
    throw new Error('password authentication failed for user "jx"');
  });
  const out = await json(await r(post(), ctx()));
  assert.deepEqual(out, { status: 500, body: { ok: false, message: GENERAL_FAILURE } });
  assert.equal(logged.mock.callCount(), 1);
  assert.match(logged.mock.calls[0].arguments.join(' '), /password authentication failed/);
});

test('route: `any` wants a session of any role; `public` passes whoever is there', async () => {
  assert.equal((await route(null)({ role: 'any' }, async () => new Response('ok'))(post(), ctx())).status, 401);
  assert.equal(await (await route(person)({ role: 'any' }, async ({ p }) => new Response(p.role))(post(), ctx())).text(), 'person');
  assert.equal(await (await route(null)({ role: 'public' }, async ({ p }) => new Response(String(p)))(post(), ctx())).text(), 'null');
});
