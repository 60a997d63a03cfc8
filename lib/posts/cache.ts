import 'server-only';
import { revalidateTag, unstable_cache } from 'next/cache';
import { databaseScope, getDb } from '@/lib/db/client';
import { listCities, listCounties } from '@/lib/regions/queries';
import { countOpenPositions, getPublicPosition, listOpenPositions, type PublicListRow } from './public';
import { JOBS_PAGE_SIZE, type JobsFilter } from './urls';

/**
 * The public pages read through these caches, so their whole HTML can be kept (ISR) and served
 * without touching the database. Tags: every list and position page carries `positions`; a position
 * page also `position:<code>`. Entries also lapse after CACHE_SECONDS, which is how a position
 * whose 招募截止日期 has passed leaves the lists and the sitemap without any event. Every key starts
 * with the database's scope (lib/db/client.ts#databaseScope).
 */
export const CACHE_SECONDS = 300;
const LISTS = 'positions';
const one = (code: string) => `position:${code}`;

const openPositionsPage = (f: JobsFilter, today: string) =>
  unstable_cache(() => listOpenPositions(getDb(), f, today), ['open-positions', databaseScope(), JSON.stringify(f), today], {
    tags: [LISTS],
    revalidate: CACHE_SECONDS,
  })();

/**
 * Only enumerable lists are cached (#14 item 4): a free-text search (`q`) reads the database and
 * stores nothing; a page past the last (known from page 1's total) is answered empty, unstored.
 */
export async function cachedOpenPositions(f: JobsFilter, today: string): Promise<{ rows: PublicListRow[]; total: number }> {
  if (f.q) return listOpenPositions(getDb(), f, today);
  if (f.page > 1) {
    const { total } = await openPositionsPage({ ...f, page: 1 }, today);
    if ((f.page - 1) * JOBS_PAGE_SIZE >= total) return { rows: [], total };
  }
  return openPositionsPage(f, today);
}

export const cachedPublicPosition = (code: string, today: string) =>
  unstable_cache(() => getPublicPosition(getDb(), code, today), ['public-position', databaseScope(), code, today], {
    tags: [LISTS, one(code)],
    revalidate: CACHE_SECONDS,
  })();

export const cachedOpenCount = (today: string) =>
  unstable_cache(() => countOpenPositions(getDb(), today), ['open-count', databaseScope(), today], { tags: [LISTS], revalidate: CACHE_SECONDS })();

export const cachedCities = () => unstable_cache(() => listCities(getDb()), ['cities', databaseScope()], { revalidate: 86_400 })();
export const cachedCounties = (city: string) =>
  unstable_cache(() => listCounties(getDb(), city), ['counties', databaseScope(), city], { revalidate: 86_400 })();

/**
 * After a position is approved or closed: lists and that position's page are rebuilt on their
 * next request (expire 0, not stale-while-revalidate: a reviewer expects to see it published).
 * Only callable while handling a request (server action or route handler).
 */
export function invalidatePositions(code: string | null): void {
  revalidateTag(LISTS, { expire: 0 });
  if (code) revalidateTag(one(code), { expire: 0 });
}
