import assert from 'node:assert/strict';
import { test, type TestContext } from 'node:test';
import { z } from 'zod';
import type { Principal } from '@/lib/auth/principal';
import { UserFacingError } from '@/lib/errors';
import { actionWrappers, FORM_FAILURE } from './wrap';

const unit: Principal = { role: 'unit', id: 'u1', name: '甲公司', uscc: '91140100MA0000000X', acct: 'a', sv: 1 };
const staff: Principal = { role: 'staff', id: 's1', name: '李', bureau: '太原市人社局', region: '1401', admin: false, acct: 'b', sv: 1 };
const admin: Principal = { ...staff, id: 's2', admin: true };

class Redirected extends Error {
  constructor(readonly url: string) {
    super(url);
  }
}

function wrappers(p: Principal | null) {
  return actionWrappers({
    principal: async () => p,
    ip: async () => '10.0.0.1',
    redirect: (url) => {
      throw new Redirected(url);
    },
  });
}

const schema = z.object({ title: z.string().min(2, '请填写标题') });
const form = (values: Record<string, string>) => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(values)) fd.set(k, v);
  return fd;
};
const redirectOf = async (run: Promise<unknown>) => {
  try {
    await run;
  } catch (e) {
    if (e instanceof Redirected) return e.url;
    throw e;
  }
  return null;
};
const captureErrors = (t: TestContext) => t.mock.method(console, 'error', () => {});

test('formAction: no session, wrong role and bad input never reach the handler; the input is kept', async () => {
  let calls = 0;
  const handler = async () => (calls++, { ok: true });
  const none = await wrappers(null).formAction({ role: 'unit', schema }, handler)({}, form({ title: '见习' }));
  assert.match(none.formError ?? '', /登录已过期/);
  assert.equal(none.values?.title, '见习');
  const wrong = await wrappers(staff).formAction({ role: 'unit', schema }, handler)({}, form({ title: '见习' }));
  assert.match(wrong.formError ?? '', /仅限单位用户/);
  const bad = await wrappers(unit).formAction({ role: 'unit', schema }, handler)({}, form({ title: 'x' }));
  assert.deepEqual(bad.fieldErrors, { title: '请填写标题' });
  assert.equal(calls, 0);
  assert.deepEqual(await wrappers(unit).formAction({ role: 'unit', schema }, handler)({}, form({ title: '见习' })), { ok: true });
  assert.equal(calls, 1);
});

test('formAction: admin is a role of its own; a staff member without the flag is refused', async () => {
  const run = (p: Principal) =>
    wrappers(p).formAction({ role: 'admin', schema }, async ({ p }) => ({ ok: true, values: { id: p.id } }))({}, form({ title: '见习' }));
  assert.match((await run(staff)).formError ?? '', /仅限系统管理员/);
  assert.deepEqual(await run(admin), { ok: true, values: { id: 's2' } });
});

test('formAction: a UserFacingError shows its Chinese message on its field; nothing is logged', async (t) => {
  const logged = captureErrors(t);
  const out = await wrappers(unit).formAction({ role: 'unit', schema }, async () => {
    throw new UserFacingError('见习补贴不能低于最低工资', { field: 'title', log: 'allowance below floor' });
  })({}, form({ title: '见习' }));
  assert.equal(out.formError, '见习补贴不能低于最低工资');
  assert.deepEqual(out.fieldErrors, { title: '见习补贴不能低于最低工资' });
  assert.equal(logged.mock.callCount(), 0);
});

test('formAction: an unexpected error says something general; its details go to the log only', async (t) => {
  const logged = captureErrors(t);
  const out = await wrappers(unit).formAction({ role: 'unit', schema }, async () => {
    throw new Error('connection refused to 10.1.2.3:5432');
  })({}, form({ title: '见习' }));
  assert.equal(out.formError, FORM_FAILURE);
  assert.ok(!JSON.stringify(out).includes('10.1.2.3'));
  assert.equal(logged.mock.callCount(), 1);
  assert.match(logged.mock.calls[0].arguments.join(' '), /connection refused to 10\.1\.2\.3/);
});

test('redirectAction: refusals go back with a code, an ended session to the login, success where the handler says', async (t) => {
  const logged = captureErrors(t);
  let calls = 0;
  const make = (p: Principal | null, handler: () => Promise<string | void> = async () => (calls++, '/done')) =>
    wrappers(p).redirectAction({ role: 'admin', schema, back: '/review/admin/min-wage' }, handler);
  assert.equal(await redirectOf(make(null)(form({ title: '见习' }))), '/login?type=staff&next=%2Freview%2Fadmin%2Fmin-wage');
  assert.equal(await redirectOf(make(staff)(form({ title: '见习' }))), '/review/admin/min-wage?error=forbidden');
  assert.equal(await redirectOf(make(admin)(form({ title: 'x' }))), '/review/admin/min-wage?error=invalid');
  assert.equal(calls, 0);
  assert.equal(await redirectOf(make(admin)(form({ title: '见习' }))), '/done');
  const refused = make(admin, async () => {
    throw new UserFacingError('名额已满');
  });
  assert.equal(await redirectOf(refused(form({ title: '见习' }))), '/review/admin/min-wage?error=refused');
  assert.equal(logged.mock.callCount(), 0);
  const broken = make(admin, async () => {
    throw new Error('deadlock detected');
  });
  assert.equal(await redirectOf(broken(form({ title: '见习' }))), '/review/admin/min-wage?error=failed');
  assert.equal(logged.mock.callCount(), 1);
  assert.match(logged.mock.calls[0].arguments.join(' '), /deadlock detected/);
});

test('redirectAction without a page to go back to leaves the page as it was when refused', async () => {
  let calls = 0;
  const action = wrappers(null).redirectAction({ role: 'unit', schema }, async () => void calls++);
  assert.equal(await redirectOf(action(form({ title: '见习' }))), null);
  assert.equal(calls, 0);
});
