import 'server-only';
import { asc, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { regions } from '@/lib/db/schema';
import { POSITION_CATEGORIES } from '@/lib/posts/options';
import { INDUSTRIES, UNIT_TYPES } from '@/lib/units/qualification-schema';
import { COUNT_KEYS, emptyCounts, retentionRate, type Counts } from './definitions';
import { addMonths, industryName, monthsBetween, type StatsFilter } from './filter';

/**
 * Every statistic is counted here, by SQL over the tables the platform already keeps (no counters
 * kept by hand). A unit's 业务办理归属地 is the region of its approved 就业见习单位申请; its positions and
 * internships are counted there too (their filings carry the same region). Two queries answer a
 * view: one groups the whole period by region, 岗位类别, 单位类型 and 行业 at once (grouping sets),
 * one goes month by month.
 */

export type StatsRow = { key: string; label: string; counts: Counts; rate: number | null; href?: string };
type Dim = 'region' | 'category' | 'unitType' | 'industry' | 'total';

const escapeLike = (s: string) => s.replace(/[%_\\]/g, (c) => `\\${c}`);

function rowsOf(result: unknown): Record<string, unknown>[] {
  return Array.isArray(result) ? (result as Record<string, unknown>[]) : ((result as { rows: Record<string, unknown>[] }).rows ?? []);
}

/** First and last day of the period, and its bounds as instants in Asia/Shanghai. */
function period(from: string, to: string) {
  const endMonth = addMonths(to, 1);
  return {
    d0: sql`${`${from}-01`}::date`,
    d1: sql`(${`${endMonth}-01`}::date - 1)`,
    t0: sql`(${`${from}-01 00:00`}::timestamp at time zone 'Asia/Shanghai')`,
    t1: sql`(${`${endMonth}-01 00:00`}::timestamp at time zone 'Asia/Shanghai')`,
  };
}

/**
 * The base sets, restricted to the filter, read from the flat statistics views (lib/db/schema/stats.ts):
 * approved units (u) with their region key `rk` one level below the filter's region, their
 * published positions (p) and internships (i) with each one's effective end (the 状态变动日期 once
 * it ended, else the planned end). Under a 岗位类别 filter a unit counts from its first published
 * position of that category (`since`).
 */
function bases(f: StatsFilter): SQL {
  const where = [sql`region_code like ${`${escapeLike(f.region)}%`}`];
  if (f.unitType) where.push(sql`unit_type = ${f.unitType}`);
  if (f.industry) where.push(sql`industry = ${f.industry}`);
  const w = sql.join(where, sql` and `);
  const rk = f.region.length === 2 ? sql`left(region_code, 4)` : sql`region_code`;
  const cat = f.category ? sql`and category = ${f.category}` : sql``;
  return sql`
    u as materialized (${
      f.category
        ? sql`select unit_id, ${rk} as rk, unit_type, industry, since from stats_unit_categories where ${w} and category = ${f.category}`
        : sql`select unit_id, ${rk} as rk, unit_type, industry, decided_at as since from stats_units where ${w}`
    }),
    uc as (select category, since from stats_unit_categories where ${w} ${cat}),
    p as materialized (select id, unit_id, category, headcount, published_at, ${rk} as rk, unit_type, industry from stats_positions where ${w} ${cat}),
    i as materialized (select start_date, status, eff_end, category, ${rk} as rk, unit_type, industry from stats_internships where ${w} ${cat})`;
}

const SETS = sql`grouping sets ((rk), (category), (unit_type), (industry), ())`;
const DIM = sql`case when grouping(rk) = 0 then 'region' when grouping(category) = 0 then 'category' when grouping(unit_type) = 0 then 'unitType' when grouping(industry) = 0 then 'industry' else 'total' end as d,
  case when grouping(rk) = 0 then rk when grouping(category) = 0 then category when grouping(unit_type) = 0 then unit_type when grouping(industry) = 0 then industry end as k`;

/** One pass over each base set computes all of its counts for every breakdown (a column per count). */
async function periodCounts(db: Db, f: StatsFilter): Promise<Map<string, Counts>> {
  const { d0, d1, t0, t1 } = period(f.from, f.to);
  const cols = (c: Partial<Record<keyof Counts, SQL>>) =>
    sql.join(
      COUNT_KEYS.map((k) => sql`(${c[k] ?? sql`0`})::int as ${sql.identifier(k)}`),
      sql`, `,
    );
  const inPeriod = (col: SQL) => sql`${col} >= ${d0} and ${col} <= ${d1}`;
  const q = sql`with ${bases(f)}
    select ${DIM}, ${cols({ units: sql`count(*)` })} from (select *, null::text as category from u) u where since < ${t1} group by ${SETS}
    union all select 'category', category, ${cols({ units: sql`count(*)` })} from uc where since < ${t1} group by category
    union all select ${DIM}, ${cols({ positions: sql`count(*)`, places: sql`coalesce(sum(headcount), 0)` })} from p where published_at >= ${t0} and published_at < ${t1} group by ${SETS}
    union all select ${DIM}, ${cols({ interests: sql`count(distinct person_id)` })}
      from (select pi.person_id, p.* from position_interests pi join p on p.id = pi.position_id where pi.withdrawn_at is null and pi.created_at >= ${t0} and pi.created_at < ${t1}) x group by ${SETS}
    union all select ${DIM}, ${cols({
      onDuty: sql`count(*) filter (where start_date <= ${d1} and eff_end >= ${d1})`,
      started: sql`count(*) filter (where ${inPeriod(sql`start_date`)})`,
      completed: sql`count(*) filter (where status = 'completed' and ${inPeriod(sql`eff_end`)})`,
      endedEarly: sql`count(*) filter (where status = 'ended_early' and ${inPeriod(sql`eff_end`)})`,
      retained: sql`count(*) filter (where status = 'retained' and ${inPeriod(sql`eff_end`)})`,
    })} from i where start_date <= ${d1} and eff_end >= ${d0} group by ${SETS}`;
  const out = new Map<string, Counts>();
  for (const r of rowsOf(await db.execute(q))) {
    const key = `${r.d}:${r.k ?? ''}`;
    const c = out.get(key) ?? emptyCounts();
    for (const k of COUNT_KEYS) c[k] += Number(r[k] ?? 0);
    out.set(key, c);
  }
  return out;
}

function collect(rows: Record<string, unknown>[], keyOf: (r: Record<string, unknown>) => string): Map<string, Counts> {
  const out = new Map<string, Counts>();
  for (const r of rows) {
    const m = String(r.m) as keyof Counts;
    if (!COUNT_KEYS.includes(m)) continue;
    const key = keyOf(r);
    const c = out.get(key) ?? emptyCounts();
    c[m] += Number(r.n);
    out.set(key, c);
  }
  return out;
}

/**
 * Month by month: flows in the month they happened. 见习单位数 and 在岗 are stocks on each month's
 * last day, counted as running sums: a unit from the month it qualified; an intern from the month
 * of the start until the month after the effective end (on duty on day L ⇔ start ≤ L and end ≥ L).
 */
async function monthCounts(db: Db, f: StatsFilter): Promise<Map<string, Counts>> {
  const { d0, d1, t0, t1 } = period(f.from, f.to);
  // Grouped by the month's first day; formatted once per group rather than once per row.
  const month = (col: SQL) => sql`date_trunc('month', (${col})::timestamp)::date`;
  const local = (col: SQL) => sql`(${col} at time zone 'Asia/Shanghai')`;
  const q = sql`with ${bases(f)}
    select 'units' as m, ${month(local(sql`since`))} as k, count(*)::int as n from u where since < ${t1} group by 2
    union all select 'onDutyIn', ${month(sql`start_date`)}, count(*)::int from i where start_date <= ${d1} group by 2
    union all select 'onDutyOut', ${month(sql`(eff_end + 1)`)}, count(*)::int from i where eff_end < ${d1} group by 2
    union all select 'positions', ${month(local(sql`published_at`))}, count(*)::int from p where published_at >= ${t0} and published_at < ${t1} group by 2
    union all select 'places', ${month(local(sql`published_at`))}, coalesce(sum(headcount), 0)::int from p where published_at >= ${t0} and published_at < ${t1} group by 2
    union all select 'interests', ${month(local(sql`pi.created_at`))}, count(distinct pi.person_id)::int from position_interests pi join p on p.id = pi.position_id
      where pi.withdrawn_at is null and pi.created_at >= ${t0} and pi.created_at < ${t1} group by 2
    union all select 'started', ${month(sql`start_date`)}, count(*)::int from i where start_date >= ${d0} and start_date <= ${d1} group by 2
    union all select 'completed', ${month(sql`eff_end`)}, count(*)::int from i where status = 'completed' and eff_end >= ${d0} and eff_end <= ${d1} group by 2
    union all select 'endedEarly', ${month(sql`eff_end`)}, count(*)::int from i where status = 'ended_early' and eff_end >= ${d0} and eff_end <= ${d1} group by 2
    union all select 'retained', ${month(sql`eff_end`)}, count(*)::int from i where status = 'retained' and eff_end >= ${d0} and eff_end <= ${d1} group by 2`;
  const rows = rowsOf(await db.execute(q)).map((r): Record<string, unknown> => ({ ...r, k: monthKey(r.k) }));
  const out = collect(rows, (r) => String(r.k));
  const months = monthsBetween(f.from, f.to);
  // Running sums of the stocks: buckets before the period all count from its first month.
  const stock = (m: string) => rows.filter((r) => r.m === m).map((r) => ({ k: String(r.k), n: Number(r.n) }));
  const units = stock('units');
  const ins = stock('onDutyIn');
  const outs = stock('onDutyOut');
  const upTo = (xs: { k: string; n: number }[], month: string) => xs.reduce((s, x) => (x.k <= month ? s + x.n : s), 0);
  for (const m of months) {
    const c = out.get(m) ?? emptyCounts();
    c.units = upTo(units, m);
    c.onDuty = upTo(ins, m) - upTo(outs, m);
    out.set(m, c);
  }
  return out;
}

/** A month's first day as either driver returns it (a Date or `YYYY-MM-DD`) → `YYYY-MM`. */
function monthKey(v: unknown): string {
  if (v instanceof Date) return `${v.getUTCFullYear()}-${String(v.getUTCMonth() + 1).padStart(2, '0')}`;
  return String(v).slice(0, 7);
}

function row(key: string, label: string, counts: Counts | undefined, href?: string): StatsRow {
  const c = counts ?? emptyCounts();
  return { key, label, counts: c, rate: retentionRate(c), href };
}

/** The regions one level below the filter's region (province → 市, 市 → 市本级 and 县区); a county is its own row. */
export async function childRegions(db: Db, f: StatsFilter): Promise<{ code: string; name: string }[]> {
  if (f.region.length === 6) return [{ code: f.region, name: f.regionName.split(' · ').pop()! }];
  return db.select({ code: regions.code, name: regions.name }).from(regions).where(eq(regions.parentCode, f.region)).orderBy(asc(regions.sort));
}

export type StatsView = {
  total: StatsRow;
  byRegion: StatsRow[];
  byMonth: StatsRow[];
  byCategory: StatsRow[];
  byUnitType: StatsRow[];
  byIndustry: StatsRow[];
};

/** Everything the 统计分析 page shows for one filter. `regionHref` makes the drill-down links. */
export async function statsView(db: Db, f: StatsFilter, regionHref: (code: string) => string | undefined = () => undefined): Promise<StatsView> {
  const [children, all, byMonth] = await Promise.all([childRegions(db, f), periodCounts(db, f), monthCounts(db, f)]);
  const get = (d: Dim, k: string) => all.get(`${d}:${k}`);
  return {
    total: row(f.region, f.regionName, get('total', '')),
    byRegion: children.map((r) => row(r.code, r.name, get('region', r.code), r.code === f.region ? undefined : regionHref(r.code))),
    byMonth: monthsBetween(f.from, f.to).map((m) => row(m, m, byMonth.get(m))),
    byCategory: POSITION_CATEGORIES.filter((c) => !f.category || c === f.category).map((c) => row(c, c, get('category', c))),
    byUnitType: UNIT_TYPES.filter((t) => !f.unitType || t === f.unitType).map((t) => row(t, t, get('unitType', t))),
    byIndustry: INDUSTRIES.filter(([c]) => !f.industry || c === f.industry).map(([c]) => row(c, `${c} ${industryName(c)}`, get('industry', c))),
  };
}
