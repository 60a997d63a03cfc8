import assert from 'node:assert/strict';
import { inspect } from 'node:util';
import { after, before, describe, test } from 'node:test';
import { seed } from '@/lib/db/seed';
import { freshTestDb, type TestDb } from '@/lib/test/db';
import { registerPerson } from '@/lib/sso/accounts';
import { authLogger } from './log';

const ID = '11010519491231002X';
const NAME = '张晓明';
const PHONE = '13912345678';

/** Runs `fn` with console.error/warn/log captured; returns everything they were given, as the log would show it. */
async function captured(fn: () => Promise<unknown> | unknown): Promise<string> {
  const out: string[] = [];
  const saved = { error: console.error, warn: console.warn, log: console.log };
  const grab = (...args: unknown[]) => out.push(args.map((a) => (typeof a === 'string' ? a : inspect(a, { depth: 8 }))).join(' '));
  Object.assign(console, { error: grab, warn: grab, log: grab });
  try {
    await fn();
  } catch (e) {
    // What Next.js would print for an error thrown out of a server action.
    out.push(inspect(e, { depth: 8 }));
  } finally {
    Object.assign(console, saved);
  }
  return out.join('\n');
}

describe('personal data stays out of the server log', () => {
  let t: TestDb;
  before(async () => {
    t = await freshTestDb();
    await seed(t.db, { demo: false });
  });
  after(() => t.close());

  test('a failed ID-token check logged by next-auth shows no claim values', async () => {
    const claims = { sub: 'p-1', id_card: ID, name: NAME, phone_number: PHONE, acct_kind: 'person' };
    const err = Object.assign(new Error(`unexpected JWT claim value encountered: ${JSON.stringify(claims)}`), { name: 'JWTClaimValidationFailed' });
    const error = Object.assign(new Error('id_token check failed'), { name: 'CallbackRouteError', cause: { err, claims, provider: 'shanxi' } });
    const log = await captured(() => authLogger.error(error));
    assert.match(log, /CallbackRouteError/, 'the error itself is still logged');
    for (const secret of [ID, NAME, PHONE]) assert.ok(!log.includes(secret), `${secret} in:\n${log}`);
  });

  test('a database error during registration is logged without the query parameters', async () => {
    const input = { name: `${NAME}\u0000`, idCard: ID, phone: PHONE, password: 'abcdef12', password2: 'abcdef12' };
    let outcome: unknown;
    const log = await captured(async () => {
      outcome = await registerPerson(t.db, input, '10.0.0.1');
    });
    assert.deepEqual(outcome, { ok: false, message: '系统繁忙，注册未成功，请稍后重试。' });
    for (const secret of [ID, NAME, PHONE, '1949-12-31']) assert.ok(!log.includes(secret), `${secret} in:\n${log}`);
  });
});

test('next-auth debug output stays off: the logger brings no debug of its own', () => {
  // next-auth calls a given logger.debug even without `debug: true`, with tokens and the client secret.
  assert.equal('debug' in authLogger, false);
});
