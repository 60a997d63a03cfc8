import { NextResponse, type NextRequest } from 'next/server';
import { rewriteJobsPath } from '@/lib/posts/urls';

/**
 * Only maps addresses: each public list (/jobs/市/县区?学历要求&岗位类别&关键字&page) is served by
 * a route that depends on its path alone, so that its HTML can be cached. No authorisation here.
 */
export function proxy(req: NextRequest) {
  const target = rewriteJobsPath(req.nextUrl.pathname, req.nextUrl.searchParams);
  if (!target) return NextResponse.next();
  const url = req.nextUrl.clone();
  url.pathname = target;
  url.search = '';
  return NextResponse.rewrite(url);
}

export const config = { matcher: ['/jobs', '/jobs/:path*'] };
