import { authParamsOf, parseAuthRequest, successRedirect } from '@/lib/sso/authorize';
import { issueCode } from '@/lib/sso/codes';
import { getDb, redirectTo, withSso } from '@/lib/sso/http';
import { authenticate } from '@/lib/sso/login';
import { clientIp, isSameOrigin } from '@/lib/security/request';
import { hitRateLimit, limitFromEnv } from '@/lib/security/rate-limit';

export const dynamic = 'force-dynamic';

const KINDS = ['unit', 'person', 'staff'] as const;

/**
 * The login form of 【单位登录】/【个人登录】/工作人员登录 posts here. On success the browser goes back to
 * the client with a code; on failure, back to the login page with the reason (never the password,
 * never a 身份证号 in the address).
 */
export const POST = withSso(async (request: Request) => {
  const form = await request.formData();
  const str = (k: string) => (typeof form.get(k) === 'string' ? (form.get(k) as string) : '');
  const params = new URLSearchParams();
  for (const [k, v] of form.entries()) if (typeof v === 'string') params.set(k, v);
  const carried = authParamsOf(params);
  const kind = KINDS.find((k) => k === str('tab')) ?? 'unit';

  const back = (err: string, extra: Record<string, string> = {}) => {
    const query = new URLSearchParams(carried);
    query.set('tab', kind);
    query.set('err', err);
    for (const [k, v] of Object.entries(extra)) query.set(k, v);
    return redirectTo(`/sso/login?${query}`, 303);
  };

  if (!isSameOrigin(request)) return new Response('Forbidden', { status: 403 });
  const parsed = parseAuthRequest(carried);
  if (!parsed.ok) return back('request');

  const db = getDb();
  const ip = clientIp(request.headers);
  if (!(await hitRateLimit(db, `login:${ip}`, limitFromEnv('RATE_LIMIT_LOGIN', { max: 20, windowSeconds: 300 })))) return back('rate');

  const login = str('login');
  const password = str('password');
  if (!login.trim() || !password) return back('empty');

  const result = await authenticate(db, kind, login, password, ip);
  if (!result.ok) {
    return back(result.code === 'locked' ? 'locked' : result.code === 'disabled' ? 'disabled' : 'bad', {
      ...(result.until ? { until: result.until } : {}),
      ...(kind !== 'person' ? { u: login.trim().slice(0, 40) } : {}),
    });
  }

  const code = await issueCode(db, parsed.req, result.accountId);
  return Response.redirect(successRedirect(parsed.req.redirectUri, code, parsed.req.state), 303);
});
