import { authParamsOf, parseAuthRequest } from '@/lib/sso/authorize';
import { redirectTo, withSso } from '@/lib/sso/http';

export const dynamic = 'force-dynamic';

/** Validates the request, then shows the login page with the request carried along. */
export const GET = withSso(async (request: Request) => {
  const url = new URL(request.url);
  const parsed = parseAuthRequest(url.searchParams);
  if (!parsed.ok && parsed.kind === 'page') {
    return new Response(`<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>登录请求无效</title><h1>登录请求无效</h1><p>${parsed.message}</p>`, {
      status: 400,
      headers: { 'content-type': 'text/html; charset=utf-8' },
    });
  }
  if (!parsed.ok) return Response.redirect(parsed.location, 302);
  const carried = authParamsOf(url.searchParams);
  const tab = url.searchParams.get('login_type');
  if (tab === 'unit' || tab === 'person' || tab === 'staff') carried.set('tab', tab);
  return redirectTo(`/sso/login?${carried}`);
});
