import 'server-only';
import { revalidateTag, unstable_cache } from 'next/cache';
import { getDb } from '@/lib/db/client';
import { listCities, listCounties } from '@/lib/regions/queries';
import { countOpenPositions, getPublicPosition, listOpenPositions } from './public';
import type { JobsFilter } from './urls';

/**
 * The public pages read through these caches, so their whole HTML can be kept (ISR) and served
 * without touching the database. Tags: every list and position page carries `positions`; a position
 * page also `position:<code>`. Entries also lapse after CACHE_SECONDS, which is how a position
 * whose 招募截止日期 has passed leaves the lists and the sitemap without any event.
 */
export const CACHE_SECONDS = 300;
const LISTS = 'positions';
const one = (code: string) => `position:${code}`;

/** A free-text search (`q`) is not enumerable, so it reads the database and stores nothing (#14 item 4). */
export const cachedOpenPositions = (f: JobsFilter, today: string) =>
  f.q
    ? listOpenPositions(getDb(), f, today)
    : unstable_cache(() => listOpenPositions(getDb(), f, today), ['open-positions', JSON.stringify(f), today], { tags: [LISTS], revalidate: CACHE_SECONDS })();

export const cachedPublicPosition = (code: string, today: string) =>
  unstable_cache(() => getPublicPosition(getDb(), code, today), ['public-position', code, today], { tags: [LISTS, one(code)], revalidate: CACHE_SECONDS })();

export const cachedOpenCount = (today: string) =>
  unstable_cache(() => countOpenPositions(getDb(), today), ['open-count', today], { tags: [LISTS], revalidate: CACHE_SECONDS })();

export const cachedCities = unstable_cache(() => listCities(getDb()), ['cities'], { revalidate: 86_400 });
export const cachedCounties = (city: string) => unstable_cache(() => listCounties(getDb(), city), ['counties', city], { revalidate: 86_400 })();

/**
 * After a position is approved or closed: lists and that position's page are rebuilt on their
 * next request (expire 0, not stale-while-revalidate: a reviewer expects to see it published).
 * Only callable while handling a request (server action or route handler).
 */
export function invalidatePositions(code: string | null): void {
  revalidateTag(LISTS, { expire: 0 });
  if (code) revalidateTag(one(code), { expire: 0 });
}
