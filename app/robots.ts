import type { MetadataRoute } from 'next';
import { siteUrl } from '@/lib/posts/sitemap';

export const dynamic = 'force-dynamic';

/** Public pages are open to crawlers; sign-in, the IdP, the dashboards and APIs are not. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: ['/', '/jobs'], disallow: ['/api/', '/sso/', '/review', '/unit', '/person', '/center', '/login'] },
    // The index at /sitemap.xml names every /sitemap/<n>.xml in use.
    sitemap: `${siteUrl()}/sitemap.xml`,
  };
}
