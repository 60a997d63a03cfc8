// Next.js's own file-system page cache, bounded to addresses an anonymous visitor cannot invent
// (issue #14 item 4): every list address (region × 学历要求 × 岗位类别 × a page that exists) and
// every existing position is kept; free-text searches (a `q` in the list's filter key), 404s
// (unknown position codes, pages past the last) and empty data-cache results (the lookup of an
// unknown code) are rendered for the request and not stored. Loaded by next.config.ts at run time,
// so plain JavaScript without the project's path aliases.
import FileSystemCacheModule from 'next/dist/server/lib/incremental-cache/file-system-cache.js';

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
  async set(key, data, ctx) {
    if (isStorable(key, data)) await super.set(key, data, ctx);
  }
}
