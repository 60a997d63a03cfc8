import { NextResponse, type NextRequest } from 'next/server';
import { routeJobs } from '@/lib/posts/urls';

/**
 * Only maps addresses: each public list (/jobs/市/县区?学历要求&岗位类别&关键字&page) is served by
 * a route that depends on its path alone, so that its HTML can be cached; /sitemap.xml is served by
 * the sitemap index. No authorisation here.
 */
export function proxy(req: NextRequest) {
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

// Only what needs mapping runs the proxy: lists with filters (plain lists are rewritten in
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
  ],
};
