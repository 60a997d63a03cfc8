import { claimsFor } from '@/lib/sso/claims';
import { getDb, json, withSso } from '@/lib/sso/http';
import { verifyAccessToken } from '@/lib/sso/tokens';

export const dynamic = 'force-dynamic';

const unauthorized = (error: string) =>
  new Response(null, { status: 401, headers: { 'www-authenticate': `Bearer error="${error}"`, 'cache-control': 'no-store' } });

async function userinfo(request: Request): Promise<Response> {
  const m = /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '');
  if (!m) return unauthorized('invalid_request');
  const db = getDb();
  const accountId = await verifyAccessToken(db, m[1]);
  if (!accountId) return unauthorized('invalid_token');
  const claims = await claimsFor(db, accountId);
  if (!claims) return unauthorized('invalid_token');
  return json(claims);
}

export const GET = withSso(userinfo);
export const POST = withSso(userinfo);
