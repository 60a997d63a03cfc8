// Next.js's own file-system page cache, bounded to addresses an anonymous visitor cannot invent
// (issue #14 item 4): every list address (region × 学历要求 × 岗位类别 × a page that exists) and
// every existing position is kept; free-text searches (a `q` in the list's filter key), 404s
// (unknown position codes, pages past the last) and empty data-cache results (the lookup of an
// unknown code) are rendered for the request and not stored. Loaded by next.config.ts at run time,
// so plain JavaScript without the project's path aliases.
import FileSystemCacheModule from 'next/dist/server/lib/incremental-cache/file-system-cache.js';
import { withPagePolicy } from '../security/csp-policy.mjs';

const FileSystemCache = FileSystemCacheModule.default ?? FileSystemCacheModule;

/** Whether a cache entry may be written. `key` is Next's storage key, `data` the entry. */
export function isStorable(key, data) {
  if (!data) return true;
  if (data.kind === 'APP_PAGE' && data.status === 404) return false;
  if (data.kind === 'FETCH' && data.data?.body === 'null') return false;
  const list = /\/jobs\/q\/\d+\/([A-Za-z0-9_-]+)$/.exec(key);
  if (list && list[1] !== '-') {
    const filters = new URLSearchParams(Buffer.from(list[1], 'base64url').toString('utf8'));
    if (filters.has('q')) return false;
  }
  return true;
}

export default class BoundedPageCache extends FileSystemCache {
  // Every page entry gets its hash policy when it is made (Next.js sends the headers of the entry it
  // has just stored, also when it is not stored) and, for pages prerendered by `next build`, on first
  // read (the entry is then kept in memory with it).
  async get(key, ctx) {
    const entry = await super.get(key, ctx);
    withPagePolicy(entry?.value);
    return entry;
  }

  async set(key, data, ctx) {
    withPagePolicy(data);
    if (isStorable(key, data)) await super.set(key, data, ctx);
  }
}
