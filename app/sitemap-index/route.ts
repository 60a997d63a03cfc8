import { cachedOpenCount } from '@/lib/posts/cache';
import { sitemapUrls } from '@/lib/posts/sitemap';
import { todayInShanghai } from '@/lib/time';

export const dynamic = 'force-dynamic';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** /sitemap.xml (rewritten here by proxy.ts): the sitemap index, naming each /sitemap/<n>.xml that holds open positions. */
export async function GET() {
  const urls = sitemapUrls(await cachedOpenCount(todayInShanghai()));
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls
    .map((u) => `  <sitemap><loc>${escapeXml(u)}</loc></sitemap>`)
    .join('\n')}\n</sitemapindex>\n`;
  return new Response(body, { headers: { 'content-type': 'application/xml; charset=utf-8', 'cache-control': 'public, max-age=300' } });
}
