import { queryText } from '@/lib/validation/text';
import { EDUCATION_REQUIREMENTS, POSITION_CATEGORIES } from './options';

/** The public search's filters. `region`: 14 (全省), a city (1401) or a county (140105). */
export type JobsFilter = { region: string; edu?: string; cat?: string; q?: string; page: number };

export const JOBS_PAGE_SIZE = 20;
export const MAX_PAGE = 500;

/** Reads 学历要求 / 岗位类别 / 关键字 / page from a query string; anything unknown is dropped. */
export function parseJobsQuery(sp: URLSearchParams): Omit<JobsFilter, 'region'> {
  const edu = sp.get('edu') ?? '';
  const cat = sp.get('cat') ?? '';
  const q = queryText(sp.get('q'), 30);
  const page = Math.min(MAX_PAGE, Math.max(1, Number.parseInt(sp.get('page') ?? '1', 10) || 1));
  return {
    edu: (EDUCATION_REQUIREMENTS as readonly string[]).includes(edu) ? edu : undefined,
    cat: (POSITION_CATEGORIES as readonly string[]).includes(cat) ? cat : undefined,
    q,
    page,
  };
}

function queryOf(f: Omit<JobsFilter, 'region'>): string {
  const sp = new URLSearchParams();
  if (f.edu) sp.set('edu', f.edu);
  if (f.cat) sp.set('cat', f.cat);
  if (f.q) sp.set('q', f.q);
  if (f.page > 1) sp.set('page', String(f.page));
  return sp.toString();
}

/** The public, canonical address of a list: /jobs[/市[/县区]][?edu=…&cat=…&q=…&page=…]. */
export function jobsListPath(f: JobsFilter): string {
  const segs = f.region.length >= 4 ? [f.region.slice(0, 4), ...(f.region.length === 6 ? [f.region] : [])] : [];
  const qs = queryOf(f);
  return `/jobs${segs.map((s) => `/${s}`).join('')}${qs ? `?${qs}` : ''}`;
}

/** The filters as one path segment of the internal, cacheable list route (base64url, or '-'). */
export function filterKey(f: Omit<JobsFilter, 'region'>): string {
  const qs = queryOf(f);
  return qs ? Buffer.from(qs, 'utf8').toString('base64url') : '-';
}

export function parseFilterKey(key: string): Omit<JobsFilter, 'region'> {
  if (key === '-' || !/^[A-Za-z0-9_-]{1,400}$/.test(key)) return parseJobsQuery(new URLSearchParams());
  return parseJobsQuery(new URLSearchParams(Buffer.from(key, 'base64url').toString('utf8')));
}

/**
 * The proxy maps each public list address onto the internal route /jobs/q/<region>/<filters>,
 * whose pages depend only on their path and so can be cached whole. A list address that is not in
 * canonical form (empty or unknown parameters, another order) is redirected to it, so that every
 * list has exactly one address. Returns null for other paths.
 */
export function routeJobs(pathname: string, search: URLSearchParams): { rewrite: string } | { redirect: string } | null {
  if (pathname.startsWith('/jobs/q/') || pathname === '/jobs/q') return { rewrite: '/jobs/q/0/-' };
  const m = /^\/jobs(?:\/(\d{4})(?:\/(\d{6}))?)?\/?$/.exec(pathname);
  if (!m) return null;
  const [, city, county] = m;
  if (county && !county.startsWith(city)) return { rewrite: '/jobs/q/0/-' };
  const region = county ?? city ?? '14';
  const filters = parseJobsQuery(search);
  const canonical = jobsListPath({ region, ...filters });
  const asked = `${pathname}${search.size ? `?${search}` : ''}`;
  if (search.size && canonical !== asked) return { redirect: canonical };
  return { rewrite: `/jobs/q/${region}/${filterKey(filters)}` };
}

/** A list address carried in `from` is followed back only when it is one of ours. */
export function safeListUrl(from: string | null | undefined): string | null {
  return from && /^\/jobs(\/\d{4}(\/\d{6})?)?(\?[^#]*)?$/.test(from) ? from : null;
}

export const positionPath = (code: string) => `/jobs/p/${code}`;
