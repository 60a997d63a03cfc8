import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { checkEnv, checkEnvAtStart, env, EnvError, parseEnv, secureCookies } from './env';

const production = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://jx@db.internal:5432/jx',
  AUTH_SECRET: randomBytes(32).toString('base64'),
  PII_KEY: randomBytes(32).toString('base64'),
  OIDC_ISSUER: 'https://sso.sx.gov.cn/oidc',
  OIDC_CLIENT_SECRET: randomBytes(24).toString('base64url'),
  AUTH_URL: 'https://jyjx.rst.shanxi.gov.cn',
};

const failure = (source: Record<string, string | undefined>) => {
  try {
    checkEnv(source);
  } catch (e) {
    assert.ok(e instanceof EnvError);
    return e.message;
  }
  assert.fail('expected the settings to be refused');
};

test('a complete production setting parses, with the README defaults filled in', () => {
  const e = checkEnv(production);
  assert.equal(e.IMPORT_MAX_BYTES, 10 * 1024 * 1024);
  assert.equal(e.IMPORT_MAX_ROWS, 20_000);
  assert.equal(e.OIDC_CLIENT_ID, 'jianxi-portal');
  assert.equal(checkEnv({ ...production, IMPORT_MAX_ROWS: '500' }).IMPORT_MAX_ROWS, 500);
});

test('in production a missing secret stops the start, the message names it in Chinese', () => {
  for (const name of ['PII_KEY', 'AUTH_SECRET', 'OIDC_CLIENT_SECRET', 'OIDC_ISSUER', 'DATABASE_URL', 'AUTH_URL'] as const) {
    const message = failure({ ...production, [name]: undefined });
    assert.match(message, new RegExp(`${name}：缺少 ${name}`), message);
    assert.match(message, /服务无法启动/);
  }
});

test('in production the site is https, so session cookies are Secure; the http demo keeps plain cookies', () => {
  assert.equal(secureCookies(checkEnv(production)), true);
  assert.match(failure({ ...production, AUTH_URL: 'http://jyjx.rst.shanxi.gov.cn' }), /AUTH_URL：生产环境须为 https 地址/);
  const demo = checkEnv({ ...production, AUTH_URL: 'http://localhost:3000', SSO_STANDIN_ENABLED: 'true' });
  assert.equal(secureCookies(demo), false);
});

test('a malformed variable is refused naming it, in production and elsewhere', () => {
  const cases: [string, string, RegExp][] = [
    ['PII_KEY', randomBytes(16).toString('base64'), /PII_KEY 必须是 32 字节的 base64/],
    ['PII_KEY', 'not base64 at all!', /PII_KEY 必须是 32 字节的 base64/],
    ['AUTH_SECRET', 'short', /AUTH_SECRET 至少 32 个字符/],
    ['IMPORT_MAX_BYTES', '10MB', /IMPORT_MAX_BYTES 必须是正整数/],
    ['IMPORT_MAX_ROWS', '-5', /IMPORT_MAX_ROWS 必须是正整数/],
    ['DATABASE_URL', 'mysql://x', /DATABASE_URL 必须是 postgres:\/\//],
    ['OIDC_ISSUER', 'sso.sx.gov.cn', /OIDC_ISSUER 必须是完整的网址/],
  ];
  for (const [name, value, expected] of cases) {
    assert.match(failure({ ...production, [name]: value }), expected);
    assert.match(failure({ NODE_ENV: 'development', [name]: value }), expected);
  }
});

test('outside production, and for the demo with its stand-in login, the keys may come later', () => {
  assert.equal(checkEnv({}).PII_KEY, undefined);
  // Read at run time (env()), a production setting missing a key parses: the start is where it stops.
  assert.equal(parseEnv({ ...production, PII_KEY: undefined }).PII_KEY, undefined);
  const demo = checkEnv({ ...production, DATABASE_URL: undefined, OIDC_ISSUER: undefined, SSO_STANDIN_ENABLED: 'true' });
  assert.equal(demo.DATABASE_URL, undefined);
  assert.match(failure({ ...production, SSO_STANDIN_ENABLED: 'true', PII_KEY: undefined }), /缺少 PII_KEY/);
});

test('at server start a bad setting is written to the log and the process exits with 1', (t) => {
  const logged = t.mock.method(console, 'error', () => {});
  const saved = process.env.IMPORT_MAX_ROWS;
  process.env.IMPORT_MAX_ROWS = 'many';
  const exit = (code: number): never => {
    throw new Error(`exit ${code}`);
  };
  try {
    assert.throws(() => checkEnvAtStart(exit), /^Error: exit 1$/);
  } finally {
    if (saved === undefined) delete process.env.IMPORT_MAX_ROWS;
    else process.env.IMPORT_MAX_ROWS = saved;
  }
  assert.equal(logged.mock.callCount(), 1);
  assert.match(String(logged.mock.calls[0].arguments[0]), /IMPORT_MAX_ROWS：IMPORT_MAX_ROWS 必须是正整数/);
});

test('settings checked at start stay fixed in every copy of the module (the built server loads one per route bundle)', () => {
  const saved = Object.fromEntries([...Object.keys(production), 'IMPORT_MAX_ROWS'].map((k) => [k, process.env[k]]));
  const set = (values: Record<string, string | undefined>) => {
    for (const [k, v] of Object.entries(values)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };
  const global = globalThis as unknown as { __jxEnv?: { frozen: boolean } };
  const exit = (code: number): never => {
    throw new Error(`exit ${code}`);
  };
  try {
    set({ ...production, IMPORT_MAX_ROWS: '300' });
    checkEnvAtStart(exit);
    // A second instance of lib/env.ts, as a route's bundle has: loaded again past the module cache.
    const load = createRequire(import.meta.url);
    delete load.cache[load.resolve('./env')];
    const copy = load('./env') as typeof import('./env');
    assert.notEqual(copy.env, env);
    process.env.IMPORT_MAX_ROWS = '400';
    // Frozen: a started production server does not re-read process.env (1 s of a 100,000-row import when it did).
    assert.equal(copy.env().IMPORT_MAX_ROWS, 300);
    assert.equal(env().IMPORT_MAX_ROWS, 300);

    // `next dev` checks at start too (a new process: nothing frozen yet), but keeps reading: .env files change while it runs.
    global.__jxEnv!.frozen = false;
    set({ NODE_ENV: 'development', IMPORT_MAX_ROWS: '300' });
    checkEnvAtStart(exit);
    process.env.IMPORT_MAX_ROWS = '400';
    assert.equal(copy.env().IMPORT_MAX_ROWS, 400);
  } finally {
    if (global.__jxEnv) global.__jxEnv.frozen = false;
    set(saved);
  }
});
