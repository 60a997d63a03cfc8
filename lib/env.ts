import { z } from 'zod';

/**
 * Every setting of the README's 环境变量 table, checked with zod: the only module of app/,
 * components/, lib/ and proxy.ts that reads process.env. The demo and the tests set variables at
 * run time (scripts/lib/local-env.ts, lib/test/db.ts), so `env()` parses on first use and again
 * only when a variable changed (a malformed one throws); `checkEnvAtStart()` (instrumentation.ts)
 * checks eagerly when the server starts, and in production also refuses to start without the
 * settings production cannot run without.
 */

const positiveInt = (name: string) =>
  z.coerce
    .number({ error: `${name} 必须是正整数` })
    .int(`${name} 必须是正整数`)
    .positive(`${name} 必须是正整数`);
const url = (name: string) => z.url(`${name} 必须是完整的网址（如 https://example.gov.cn）`);
const rate = (name: string) => z.string().regex(/^\d+\/\d+$/, `${name} 的格式是 次数/秒数，如 20/300`);
const optional = <T extends z.ZodType>(t: T) => z.preprocess((v) => (v === '' ? undefined : v), t.optional());

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).catch('development'),
  DATABASE_URL: optional(z.string().regex(/^postgres(ql)?:\/\/\S+$/, 'DATABASE_URL 必须是 postgres:// 开头的连接串')),
  DB_POOL_MAX: optional(positiveInt('DB_POOL_MAX')).default(10),
  PGLITE_DIR: optional(z.string()).default('.data/pglite'),
  PORT: optional(positiveInt('PORT')).default(3000),
  SITE_URL: optional(url('SITE_URL')).default('http://localhost:3000'),
  AUTH_URL: optional(url('AUTH_URL')),
  AUTH_SECRET: optional(z.string().min(32, 'AUTH_SECRET 至少 32 个字符（可用 openssl rand -base64 32 生成）')),
  PII_KEY: optional(z.string().refine((s) => /^[A-Za-z0-9+/]+={0,2}$/.test(s) && Buffer.from(s, 'base64').length === 32, 'PII_KEY 必须是 32 字节的 base64')),
  OIDC_ISSUER: optional(url('OIDC_ISSUER')),
  OIDC_CLIENT_ID: optional(z.string().regex(/^[\w.-]{1,100}$/, 'OIDC_CLIENT_ID 只能由字母、数字、点、横线、下划线组成')).default('jianxi-portal'),
  OIDC_CLIENT_SECRET: optional(z.string().min(16, 'OIDC_CLIENT_SECRET 至少 16 个字符')),
  SSO_ISSUER: optional(url('SSO_ISSUER')),
  SSO_STANDIN_ENABLED: optional(z.enum(['true', 'false'], 'SSO_STANDIN_ENABLED 只能是 true 或 false')),
  SSO_EXTRA_REDIRECT_URIS: optional(z.string()).default(''),
  TRUSTED_PROXIES: optional(z.string()),
  RATE_LIMIT_LOGIN: optional(rate('RATE_LIMIT_LOGIN')),
  RATE_LIMIT_REGISTER: optional(rate('RATE_LIMIT_REGISTER')),
  STORAGE_DIR: optional(z.string()).default('.data/uploads'),
  S3_BUCKET: optional(z.string()),
  S3_ENDPOINT: optional(url('S3_ENDPOINT')),
  S3_REGION: optional(z.string()).default('us-east-1'),
  S3_ACCESS_KEY_ID: optional(z.string()).default(''),
  S3_SECRET_ACCESS_KEY: optional(z.string()).default(''),
  MAX_ATTACHMENT_BYTES: optional(positiveInt('MAX_ATTACHMENT_BYTES')).default(10 * 1024 * 1024),
  IMPORT_MAX_BYTES: optional(positiveInt('IMPORT_MAX_BYTES')).default(10 * 1024 * 1024),
  IMPORT_MAX_ROWS: optional(positiveInt('IMPORT_MAX_ROWS')).default(20_000),
});

export type Env = z.output<typeof schema>;
const NAMES = Object.keys(schema.shape) as (keyof Env)[];

/** The Chinese message of a failed check, one line per variable, each naming it. */
export class EnvError extends Error {
  constructor(readonly problems: { name: string; message: string }[]) {
    super(`环境变量设置有误，服务无法启动：\n${problems.map((p) => `  - ${p.name}：${p.message}`).join('\n')}`);
    this.name = 'EnvError';
  }
}

/** Parses a set of variables (for tests: any record; the app: process.env); a malformed one throws. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = schema.safeParse(Object.fromEntries(NAMES.map((n) => [n, source[n]])));
  if (parsed.success) return parsed.data;
  throw new EnvError(parsed.error.issues.map((i) => ({ name: String(i.path[0] ?? '?'), message: i.message })));
}

/** What production cannot run without; checked when the server starts. */
function missingInProduction(e: Env): { name: string; message: string }[] {
  if (e.NODE_ENV !== 'production') return [];
  const wanted: [keyof Env, string][] = [
    ['AUTH_SECRET', '会话加密密钥'],
    ['PII_KEY', '个人敏感信息加密密钥，32 字节 base64'],
    ['OIDC_CLIENT_SECRET', '统一身份认证的客户端密钥'],
  ];
  // With the stand-in identity provider on, this is a demonstration (npm run demo, the e2e server):
  // its own issuer and the embedded database are then what it runs on.
  if (e.SSO_STANDIN_ENABLED !== 'true') {
    wanted.push(['OIDC_ISSUER', '统一身份认证的 issuer 地址'], ['DATABASE_URL', '生产环境须使用 PostgreSQL'], ['AUTH_URL', '本系统对外的 https 地址']);
  }
  const missing = wanted.filter(([name]) => e[name] === undefined).map(([name, why]) => ({ name, message: `缺少 ${name}（${why}）` }));
  // Session cookies are Secure (and __Secure- prefixed) exactly when the site is served over https.
  if (e.SSO_STANDIN_ENABLED !== 'true' && e.AUTH_URL && !e.AUTH_URL.startsWith('https://')) {
    missing.push({ name: 'AUTH_URL', message: '生产环境须为 https 地址（会话 Cookie 只经 https 发送）' });
  }
  return missing;
}

/** The check at server start: malformed variables, and in production missing ones too. */
export function checkEnv(source: Record<string, string | undefined>): Env {
  const e = parseEnv(source);
  const missing = missingInProduction(e);
  if (missing.length) throw new EnvError(missing);
  return e;
}

/**
 * The parsed settings, and whether they are frozen (set once a server has checked them at start:
 * from then on nothing re-reads process.env). Kept on globalThis, as the database handle is: the
 * built server loads this module once for instrumentation.ts and again in each route's bundle,
 * and a module-level flag set by the first copy was never seen by the others.
 */
type EnvState = { cached: { key: string; env: Env } | null; frozen: boolean };
const state: EnvState = ((globalThis as unknown as { __jxEnv?: EnvState }).__jxEnv ??= { cached: null, frozen: false });

/** The settings, parsed on first use and again only when a variable changed (tests and the demo set them at run time). */
export function env(): Env {
  // Reading ~30 variables of process.env on every call cost 1.3 s of a 100,000-row import (piiHash
  // asks for PII_KEY per row); a started server's settings do not change, so they are read once.
  if (state.frozen && state.cached) return state.cached.env;
  const key = NAMES.map((n) => process.env[n] ?? '').join('\u0000');
  if (state.cached?.key !== key) state.cached = { key, env: parseEnv(process.env) };
  return state.cached.env;
}

/** Session cookies carry Secure when the site's address is https (always so in production, see above). */
export const secureCookies = (e: Env = env()) => e.AUTH_URL?.startsWith('https://') === true;

/** Whether the mimicked 统一身份认证 runs: never in production unless asked for. */
export const ssoStandInEnabled = (e: Env = env()) => e.NODE_ENV !== 'production' || e.SSO_STANDIN_ENABLED === 'true';

/**
 * Called once when the server starts (instrumentation.ts): a missing or malformed setting stops it
 * there, with the Chinese message naming the variable, rather than at the first request needing it.
 */
export function checkEnvAtStart(exit: (code: number) => never = process.exit): void {
  try {
    checkEnv(process.env);
    // Frozen in production only: `next dev` also calls this, and there .env files and this module
    // change while the server runs.
    state.frozen = env().NODE_ENV === 'production';
  } catch (e) {
    if (!(e instanceof EnvError)) throw e;
    console.error(e.message);
    exit(1);
  }
}
