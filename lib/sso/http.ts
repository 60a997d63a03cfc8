import 'server-only';
import { getDb } from '@/lib/db/client';
import { ssoEnabled, ssoIssuer } from './config';

/** JSON with the headers OAuth wants on every token-bearing response. */
export function json(body: unknown, status = 200, extra: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', pragma: 'no-cache', ...extra },
  });
}

export function oauthError(error: string, description: string, status = 400, extra: Record<string, string> = {}): Response {
  return json({ error, error_description: description }, status, extra);
}

/** Every endpoint of the stand-in answers 404 unless it is enabled (never by accident in production). */
export function withSso(handler: (req: Request) => Promise<Response>): (req: Request) => Promise<Response> {
  return async (req) => {
    if (!ssoEnabled()) return new Response('Not Found', { status: 404 });
    return handler(req);
  };
}

/**
 * A redirect to a page of the stand-in, on the issuer's own origin. Never built from request.url:
 * Next.js reports its listen address there (e.g. localhost), not the host the browser used.
 */
export function redirectTo(pathAndQuery: string, status: 302 | 303 = 302): Response {
  const location = new URL(pathAndQuery, ssoIssuer()).toString();
  return new Response(null, { status, headers: { location, 'cache-control': 'no-store' } });
}

export { getDb };
