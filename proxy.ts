import { NextResponse, type NextRequest } from 'next/server';
import { routeJobs } from '@/lib/posts/urls';
import { dynamicPageCsp, isDynamicPath, newNonce } from '@/lib/security/csp';

/**
 * Only maps addresses: each public list (/jobs/市/县区?学历要求&岗位类别&关键字&page) is served by
 * a route that depends on its path alone, so that its HTML can be cached; /sitemap.xml is served by
 * the sitemap index. No authorisation here.
 */
export function proxy(req: NextRequest) {
  if (isDynamicPath(req.nextUrl.pathname)) return withNonce(req);
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
 * Signed-in pages are rendered per request: Next.js reads the nonce from the request's policy and puts
 * it on every script it emits; the browser gets the same policy.
 */
function withNonce(req: NextRequest) {
  const csp = dynamicPageCsp(newNonce());
  const headers = new Headers(req.headers);
  headers.set('content-security-policy', csp);
  const res = NextResponse.next({ request: { headers } });
  res.headers.set('content-security-policy', csp);
  return res;
}

// Only what needs mapping or a nonce runs the proxy: lists with filters (plain lists are rewritten in
// next.config.ts), direct visits to the internal /jobs/q routes, /sitemap.xml, and the signed-in
// areas. Position pages and plain lists are spared it on every page view.
export const config = {
  matcher: [
    { source: '/jobs/:path*', has: [{ type: 'query', key: 'edu' }] },
    { source: '/jobs/:path*', has: [{ type: 'query', key: 'cat' }] },
    { source: '/jobs/:path*', has: [{ type: 'query', key: 'q' }] },
    { source: '/jobs/:path*', has: [{ type: 'query', key: 'page' }] },
    '/jobs/q/:path*',
    '/sitemap.xml',
    // Signed-in areas get their nonce policy (lib/security/csp.ts); prefetches need none.
    // (Next.js reads this list without running it: every entry is written out.)
    { source: '/sso', missing: [{ type: 'header', key: 'next-router-prefetch' }] },
    { source: '/sso/:path*', missing: [{ type: 'header', key: 'next-router-prefetch' }] },
    { source: '/unit', missing: [{ type: 'header', key: 'next-router-prefetch' }] },
    { source: '/unit/:path*', missing: [{ type: 'header', key: 'next-router-prefetch' }] },
    { source: '/person', missing: [{ type: 'header', key: 'next-router-prefetch' }] },
    { source: '/person/:path*', missing: [{ type: 'header', key: 'next-router-prefetch' }] },
    { source: '/center', missing: [{ type: 'header', key: 'next-router-prefetch' }] },
    { source: '/center/:path*', missing: [{ type: 'header', key: 'next-router-prefetch' }] },
    { source: '/review', missing: [{ type: 'header', key: 'next-router-prefetch' }] },
    { source: '/review/:path*', missing: [{ type: 'header', key: 'next-router-prefetch' }] },
    { source: '/login', missing: [{ type: 'header', key: 'next-router-prefetch' }] },
    { source: '/login/:path*', missing: [{ type: 'header', key: 'next-router-prefetch' }] },
    { source: '/public/subsidy', missing: [{ type: 'header', key: 'next-router-prefetch' }] },
    { source: '/public/subsidy/:path*', missing: [{ type: 'header', key: 'next-router-prefetch' }] },
  ],
};
