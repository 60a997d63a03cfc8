import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { accounts, auditLog, endedSessions, persons } from '@/lib/db/schema';
import { seed } from '@/scripts/seed';
import { usccCheckChar } from '@/lib/validation';
import { freshTestDb, rowsOf, testEnv, type TestDb } from '@/lib/test/db';
import { endSession, forgetExpiredEndedSessions, principalFromClaims, sessionStillValid } from '@/lib/auth/provision';
import { hitRateLimit } from '@/lib/security/rate-limit';
import { changePassword, registerPerson, registerUnit, setAccountStatus } from './accounts';
import { claimsFor } from './claims';
import { authenticate } from './login';
import { personRegistrationSchema, unitRegistrationSchema } from './schemas';

testEnv();
let t: TestDb;
before(async () => {
  t = await freshTestDb();
  await seed(t.db, { demo: false });
});
after(() => t.close());

const ID = '11010519491231002X';
const SID = randomUUID();
const person = personRegistrationSchema.parse({
  name: '王小燕',
  idCard: ' 11010519491231002x ',
  phone: '13800000001',
  password: 'pass-word-1',
  password2: 'pass-word-1',
});
const unit = unitRegistrationSchema.parse({
  name: '晋城市测试单位',
  uscc: '91350100M000100Y43',
  legalRep: '甲乙',
  contactName: '丙丁',
  phone: '13800000002',
  password: 'pass-word-2',
  password2: 'pass-word-2',
});

describe('personal data at rest', () => {
  test('the persons and accounts tables hold no plain 身份证号, yet 个人登录 by it works', async () => {
    const r = await registerPerson(t.db, person, '10.0.0.1');
    assert.ok(r.ok);
    const dump = JSON.stringify([
      ...rowsOf(await t.db.execute(sql`select * from persons`)),
      ...rowsOf(await t.db.execute(sql`select * from accounts`)),
      ...rowsOf(await t.db.execute(sql`select * from audit_log`)),
    ]);
    assert.ok(dump.includes('王小燕'), 'the dump did read the rows');
    for (const fragment of [ID, ID.toLowerCase(), ID.slice(0, 14), ID.slice(6, 17)]) assert.ok(!dump.includes(fragment), `found ${fragment}`);
    const login = await authenticate(t.db, 'person', '11010519491231002x', 'pass-word-1', '10.0.0.1');
    assert.ok(login.ok);
    const [row] = await t.db.select({ gender: persons.gender, birthDate: persons.birthDate }).from(persons);
    assert.deepEqual(row, { gender: '女', birthDate: '1949-12-31' });
    const claims = await claimsFor(t.db, login.ok ? login.accountId : '');
    assert.equal(claims?.id_card, ID, 'the IdP can still release the number to the client');
  });

  test('a second registration with the same 身份证号 is refused on its field', async () => {
    const r = await registerPerson(t.db, { ...person, name: '另一人' }, '10.0.0.1');
    assert.deepEqual(r, { ok: false, field: 'idCard', message: '该身份证号已注册，请直接登录' });
  });
});

describe('login lockout', () => {
  test('five wrong passwords lock the account for 15 minutes, even against the right password', async () => {
    assert.ok((await registerUnit(t.db, unit, '10.0.0.2')).ok);
    // Wrong passwords on an existing account get the very words an unknown account gets: no count of tries left.
    const unknown = await authenticate(t.db, 'unit', '91110000600037341L', 'nope', '10.0.0.2');
    for (let i = 1; i <= 5; i++) assert.deepEqual(await authenticate(t.db, 'unit', unit.uscc, 'nope', '10.0.0.2'), unknown);
    // A locked account says so only to someone who typed its right password.
    const right = await authenticate(t.db, 'unit', unit.uscc, 'pass-word-2', '10.0.0.2');
    assert.ok(!right.ok && right.code === 'locked' && /锁定 15 分钟/.test(right.message));
    assert.deepEqual(await authenticate(t.db, 'unit', unit.uscc, 'nope', '10.0.0.2'), unknown);
    await t.db
      .update(accounts)
      .set({ lockedUntil: sql`now() - interval '1 second'` })
      .where(eq(accounts.loginKey, unit.uscc));
    assert.ok((await authenticate(t.db, 'unit', unit.uscc, 'pass-word-2', '10.0.0.2')).ok);
    const actions = (await t.db.select({ action: auditLog.action }).from(auditLog)).map((r) => r.action);
    assert.ok(actions.includes('login_locked') && actions.includes('login'));
  });

  test('20 parallel attempts (19 wrong, 1 right) leave the account locked: the right password is then refused', async () => {
    const body = '91140105MA0PARAL1';
    const other = { ...unit, uscc: body + usccCheckChar(body), name: '并发测试有限公司' };
    assert.ok((await registerUnit(t.db, other, '10.0.0.4')).ok);
    // The right password goes in last, so that its check ends after the lock was set by the others.
    const tries = Array.from({ length: 20 }, (_, i) => authenticate(t.db, 'unit', other.uscc, i === 19 ? 'pass-word-2' : `wrong-${i}`, '10.0.0.4'));
    const results = await Promise.all(tries);
    assert.equal(results.filter((r) => r.ok).length, 0, 'no attempt of the burst may sign in once five have failed');
    const after = await authenticate(t.db, 'unit', other.uscc, 'pass-word-2', '10.0.0.4');
    assert.deepEqual(after.ok ? 'ok' : after.code, 'locked');
  });

  test('an unknown account gets the same answer as a wrong password', async () => {
    const r = await authenticate(t.db, 'unit', '91110000600037341L', 'x', '10.0.0.2');
    assert.deepEqual(r, { ok: false, code: 'bad_credentials', message: '账号或密码错误，请重新输入。密码连续输错5次，账号将被锁定15分钟。' });
  });
});

describe('sessions that can end', () => {
  test('disabling an account or changing its password ends sessions issued before', async () => {
    const login = await authenticate(t.db, 'unit', unit.uscc, 'pass-word-2', '10.0.0.3');
    assert.ok(login.ok);
    const claims = (await claimsFor(t.db, login.accountId))!;
    const p = (await principalFromClaims(t.db, claims))!;
    assert.equal(p.role, 'unit');
    assert.ok(await sessionStillValid(t.db, p, SID));

    const changed = await changePassword(t.db, login.accountId, 'pass-word-2', 'pass-word-3', '10.0.0.3');
    assert.ok(changed.ok);
    assert.equal(await sessionStillValid(t.db, p, SID), false);

    const p2 = (await principalFromClaims(t.db, claims))!;
    assert.ok(await sessionStillValid(t.db, p2, SID));
    await setAccountStatus(t.db, login.accountId, 'disabled', { kind: 'staff', id: null, ip: '10.0.0.9' });
    assert.equal(await sessionStillValid(t.db, p2, SID), false);
    assert.equal(await principalFromClaims(t.db, claims), null, 'a disabled account cannot sign in again');
    const again = await authenticate(t.db, 'unit', unit.uscc, 'pass-word-3', '10.0.0.3');
    assert.ok(!again.ok && again.code === 'disabled');
  });

  test('退出 ends that session only, on its id; a token without an id is not a session', async () => {
    const other = unitRegistrationSchema.parse({ ...unit, name: '退出测试单位', uscc: '91140100MA0L00000' + usccCheckChar('91140100MA0L00000') });
    assert.ok((await registerUnit(t.db, other, '10.0.0.4')).ok);
    const login = await authenticate(t.db, 'unit', other.uscc, other.password, '10.0.0.4');
    assert.ok(login.ok);
    const p = (await principalFromClaims(t.db, (await claimsFor(t.db, login.accountId))!))!;
    const here = randomUUID();
    const elsewhere = randomUUID();
    assert.ok(await sessionStillValid(t.db, p, here));
    await endSession(t.db, here, new Date(Date.now() + 3_600_000));
    await endSession(t.db, here, new Date(Date.now() + 3_600_000)); // a second 退出 is harmless
    assert.equal(await sessionStillValid(t.db, p, here), false, 'a copied cookie of the ended session is refused');
    assert.ok(await sessionStillValid(t.db, p, elsewhere), 'the same account signed in elsewhere stays signed in');
    assert.equal(await sessionStillValid(t.db, p, undefined), false);
    assert.equal(await sessionStillValid(t.db, p, 'not-a-uuid'), false);
  });

  test('an account known only to the provincial IdP (subject not a uuid) is checked by its session id alone', async () => {
    const p = { acct: 'sx-idp:12345', sv: -1 };
    const sid = randomUUID();
    assert.ok(await sessionStillValid(t.db, p, sid));
    await endSession(t.db, sid, new Date(Date.now() + 3_600_000));
    assert.equal(await sessionStillValid(t.db, p, sid), false);
  });

  test('housekeeping forgets ended sessions once their cookie has expired', async () => {
    const old = randomUUID();
    const recent = randomUUID();
    await endSession(t.db, old, new Date(Date.now() - 1000));
    await endSession(t.db, recent, new Date(Date.now() + 3_600_000));
    assert.ok((await forgetExpiredEndedSessions(t.db)) >= 1);
    const left = await t.db.select({ sid: endedSessions.sid }).from(endedSessions);
    assert.ok(left.some((r) => r.sid === recent));
    assert.ok(!left.some((r) => r.sid === old));
  });

  test('staff are never created from claims', async () => {
    assert.equal(
      await principalFromClaims(t.db, { sub: '00000000-0000-4000-8000-00000000ffff', name: '冒充', jx_kind: 'staff', jx_region: '14', jx_admin: true }),
      null,
    );
  });
});

describe('per-address rate limit', () => {
  test('counts hits per key in a window', async () => {
    const limit = { max: 3, windowSeconds: 60 };
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await hitRateLimit(t.db, 'login:10.9.9.9', limit));
    assert.deepEqual(results, [true, true, true, false, false]);
    assert.ok(await hitRateLimit(t.db, 'login:10.9.9.8', limit), 'another address has its own count');
  });
});

describe('the stand-in in production', () => {
  test('answers 404 unless explicitly enabled', async () => {
    const { GET } = await import('@/app/sso/.well-known/openid-configuration/route');
    const env = process.env as Record<string, string | undefined>;
    const saved = env.NODE_ENV;
    try {
      env.NODE_ENV = 'production';
      delete env.SSO_STANDIN_ENABLED;
      assert.equal((await GET(new Request('http://x/sso/.well-known/openid-configuration'))).status, 404);
      env.SSO_STANDIN_ENABLED = 'true';
      assert.equal((await GET(new Request('http://x/sso/.well-known/openid-configuration'))).status, 200);
    } finally {
      env.NODE_ENV = saved;
      delete env.SSO_STANDIN_ENABLED;
    }
  });
});
