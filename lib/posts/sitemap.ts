import { SITEMAP_URLS } from './public';
import { env } from '@/lib/env';

/** Room for 20 × 50,000 open positions; robots.txt lists only the sitemaps in use. */
export const MAX_SITEMAPS = 20;

export const siteUrl = () => env().SITE_URL.replace(/\/$/, '');

/** The sitemaps holding `open` positions (the first always: it also lists the entry pages). */
export function sitemapUrls(open: number): string[] {
  const n = Math.min(MAX_SITEMAPS, Math.max(1, Math.ceil(open / SITEMAP_URLS)));
  return Array.from({ length: n }, (_, i) => `${siteUrl()}/sitemap/${i}.xml`);
}
