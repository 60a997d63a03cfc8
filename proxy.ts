import { NextResponse, type NextRequest } from 'next/server';
import { routeJobs } from '@/lib/posts/urls';
import { NONCE_SECTIONS, nonceCsp } from '@/lib/security/headers';

/**
 * Only maps addresses: each public list (/jobs/市/县区?学历要求&岗位类别&关键字&page) is served by
 * a route that depends on its path alone, so that its HTML can be cached; /sitemap.xml is served by
 * the sitemap index. No authorisation here.
 */
export function proxy(req: NextRequest) {
  const section = req.nextUrl.pathname.split('/')[1];
  if ((NONCE_SECTIONS as readonly string[]).includes(section)) return withNonce(req);
  // /sitemap.xml is the index of /sitemap/<n>.xml; Next.js reserves that name for app/sitemap.ts.
  if (req.nextUrl.pathname === '/sitemap.xml') {
    const url = req.nextUrl.clone();
    url.pathname = '/sitemap-index';
    return NextResponse.rewrite(url);
  }
  const route = routeJobs(req.nextUrl.pathname, req.nextUrl.searchParams);
  if (!route) return NextResponse.next();
  const url = req.nextUrl.clone();
  if ('redirect' in route) {
    const [path, query = ''] = route.redirect.split('?');
    url.pathname = path;
    url.search = query;
    return NextResponse.redirect(url, 308);
  }
  url.pathname = route.rewrite;
  url.search = '';
  return NextResponse.rewrite(url);
}

/**
 * Pages rendered per request: a fresh nonce in the Content-Security-Policy of the request (Next.js
 * reads it from there and puts it on its scripts) and of the response.
 */
function withNonce(req: NextRequest) {
  const csp = nonceCsp(Buffer.from(crypto.randomUUID()).toString('base64'));
  const headers = new Headers(req.headers);
  headers.set('content-security-policy', csp);
  const res = NextResponse.next({ request: { headers } });
  res.headers.set('content-security-policy', csp);
  return res;
}

// Only what needs mapping or a nonce runs the proxy: lists with filters (plain lists are rewritten in
// next.config.ts), direct visits to the internal /jobs/q routes, and /sitemap.xml. Position pages
// and plain lists are spared it on every page view.
export const config = {
  matcher: [
    { source: '/jobs/:path*', has: [{ type: 'query', key: 'edu' }] },
    { source: '/jobs/:path*', has: [{ type: 'query', key: 'cat' }] },
    { source: '/jobs/:path*', has: [{ type: 'query', key: 'q' }] },
    { source: '/jobs/:path*', has: [{ type: 'query', key: 'page' }] },
    '/jobs/q/:path*',
    '/sitemap.xml',
    // NONCE_SECTIONS (a matcher must be a literal).
    '/unit/:path*',
    '/review/:path*',
    '/sso/:path*',
    '/center/:path*',
    '/person/:path*',
    '/login/:path*',
  ],
};
