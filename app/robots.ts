import type { MetadataRoute } from 'next';
import { cachedOpenCount } from '@/lib/posts/cache';
import { todayInShanghai } from '@/lib/posts/dates';
import { sitemapUrls } from '@/lib/posts/sitemap';

export const dynamic = 'force-dynamic';

/** Public pages are open to crawlers; sign-in, the IdP, the dashboards and APIs are not. */
export default async function robots(): Promise<MetadataRoute.Robots> {
  return {
    rules: { userAgent: '*', allow: ['/', '/jobs'], disallow: ['/api/', '/sso/', '/review', '/unit', '/person', '/center', '/login'] },
    sitemap: sitemapUrls(await cachedOpenCount(todayInShanghai())),
  };
}
