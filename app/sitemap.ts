import type { MetadataRoute } from 'next';
import { getDb } from '@/lib/db/client';
import { openPositionsForSitemap } from '@/lib/posts/public';
import { positionPath } from '@/lib/posts/urls';
import { MAX_SITEMAPS, siteUrl } from '@/lib/posts/sitemap';
import { todayInShanghai } from '@/lib/time';

/** Read at request time: the database is never opened while building. */
export const dynamic = 'force-dynamic';

/**
 * /sitemap/<n>.xml, 50,000 open positions each (the protocol's limit), in 岗位编号 order; the first
 * also lists the public entry pages. The ids are fixed (no database at build time); robots.txt
 * names only those that hold positions.
 */
export async function generateSitemaps() {
  return Array.from({ length: MAX_SITEMAPS }, (_, id) => ({ id }));
}

export default async function sitemap(props: { id: Promise<string> }): Promise<MetadataRoute.Sitemap> {
  const chunk = Number(await props.id);
  if (!Number.isInteger(chunk) || chunk < 0 || chunk >= MAX_SITEMAPS) return [];
  const base = siteUrl();
  const rows = await openPositionsForSitemap(getDb(), chunk, todayInShanghai());
  const entries: MetadataRoute.Sitemap = rows.map((r) => ({ url: `${base}${positionPath(r.code)}`, lastModified: r.updatedAt, changeFrequency: 'daily' }));
  return chunk === 0 ? [{ url: `${base}/`, changeFrequency: 'weekly' }, { url: `${base}/jobs`, changeFrequency: 'hourly' }, ...entries] : entries;
}
