import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { asc, eq } from 'drizzle-orm';
import { regions } from '@/lib/db/schema';
import { POSITION_CATEGORIES } from '@/lib/posts/options';
import { INDUSTRIES, UNIT_TYPES } from '@/lib/units/qualification-schema';
import { COUNT_KEYS, emptyCounts, retentionRate, type Counts } from './definitions';
import { addMonths, industryName, monthsBetween, type StatsFilter } from './filter';

/**
 * Every statistic is counted here, by SQL over the tables the platform already keeps (no counters
 * kept by hand). A unit's 业务办理归属地 is the region of its approved 就业见习单位申请; its positions and
 * internships are counted there too (their filings carry the same region).
 */

export type Dimension = 'region' | 'category' | 'unitType' | 'industry';
export type StatsRow = { key: string; label: string; counts: Counts; rate: number | null; href?: string };

const escapeLike = (s: string) => s.replace(/[%_\\]/g, (c) => `\\${c}`);

function rowsOf(result: unknown): Record<string, unknown>[] {
  return Array.isArray(result) ? (result as Record<string, unknown>[]) : ((result as { rows: Record<string, unknown>[] }).rows ?? []);
}

/** First and last day of the period, and its bounds as instants in Asia/Shanghai. */
function period(from: string, to: string) {
  const endMonth = addMonths(to, 1);
  return {
    d0: `${from}-01`,
    d1: sql`(${`${endMonth}-01`}::date - 1)`,
    t0: sql`(${`${from}-01 00:00`}::timestamp at time zone 'Asia/Shanghai')`,
    t1: sql`(${`${endMonth}-01 00:00`}::timestamp at time zone 'Asia/Shanghai')`,
  };
}

/**
 * The base sets, restricted to the filter: approved units (u), their published positions (p) and
 * internships (i) with each one's effective end (the 状态变动日期 once it ended, else the planned end).
 */
function bases(f: StatsFilter): SQL {
  const unitWhere = [sql`f.kind = 'qualification'`, sql`f.state = 'approved'`, sql`f.region_code like ${`${escapeLike(f.region)}%`}`];
  if (f.unitType) unitWhere.push(sql`q.unit_type = ${f.unitType}`);
  if (f.industry) unitWhere.push(sql`q.industry = ${f.industry}`);
  const cat = f.category ? sql`and p.category = ${f.category}` : sql``;
  return sql`
    u as materialized (
      select distinct on (f.unit_id) f.unit_id, f.region_code, q.unit_type, q.industry, f.decided_at
      from filings f join unit_qualifications q on q.filing_id = f.id
      where ${sql.join(unitWhere, sql` and `)}
      order by f.unit_id, f.decided_at desc
    ),
    p as (
      select p.id, p.category, p.headcount, p.published_at, u.region_code, u.unit_type, u.industry
      from positions p join u on u.unit_id = p.unit_id
      where p.published_at is not null ${cat}
    ),
    i as (
      select i.start_date, i.status, p.category, u.region_code, u.unit_type, u.industry,
             case when i.status <> 'active' and i.status_date is not null then i.status_date else i.end_date end as eff_end
      from internships i join u on u.unit_id = i.unit_id join positions p on p.id = i.position_id
      where true ${cat}
    )`;
}

/** The SQL expression of a dimension's key over the columns every base set shares. */
function keyExpr(dim: Dimension, f: StatsFilter): SQL {
  if (dim === 'region') return f.region.length === 2 ? sql`left(region_code, 4)` : sql`region_code`;
  if (dim === 'category') return sql`category`;
  if (dim === 'unitType') return sql`unit_type`;
  return sql`industry`;
}

/** Counts for every key of one dimension over the whole period. */
async function countsBy(db: Db, f: StatsFilter, dim: Dimension): Promise<Map<string, Counts>> {
  const { d0, d1, t0, t1 } = period(f.from, f.to);
  const k = keyExpr(dim, f);
  // Units have no 岗位类别: under that breakdown (or that filter) they are the units that published in it.
  const unitsPart =
    dim === 'category'
      ? sql`select 'units' as m, category as k, count(distinct unit_id)::int as n from (select p2.category, p2.unit_id from positions p2 join u on u.unit_id = p2.unit_id where p2.published_at is not null and p2.published_at < ${t1} and u.decided_at < ${t1} ${f.category ? sql`and p2.category = ${f.category}` : sql``}) x group by 2`
      : f.category
        ? sql`select 'units' as m, ${k} as k, count(*)::int as n from u where decided_at < ${t1} and exists (select 1 from positions p2 where p2.unit_id = u.unit_id and p2.category = ${f.category} and p2.published_at < ${t1}) group by 2`
        : sql`select 'units' as m, ${k} as k, count(*)::int as n from u where decided_at < ${t1} group by 2`;
  const q = sql`with ${bases(f)}
    ${unitsPart}
    union all select 'positions', ${k}, count(*)::int from p where published_at >= ${t0} and published_at < ${t1} group by 2
    union all select 'places', ${k}, coalesce(sum(headcount), 0)::int from p where published_at >= ${t0} and published_at < ${t1} group by 2
    union all select 'interests', ${k}, count(distinct pi.person_id)::int from position_interests pi join p on p.id = pi.position_id
      where pi.withdrawn_at is null and pi.created_at >= ${t0} and pi.created_at < ${t1} group by 2
    union all select 'onDuty', ${k}, count(*)::int from i where start_date <= ${d1} and eff_end >= ${d1} group by 2
    union all select 'started', ${k}, count(*)::int from i where start_date >= ${d0}::date and start_date <= ${d1} group by 2
    union all select 'completed', ${k}, count(*)::int from i where status = 'completed' and eff_end >= ${d0}::date and eff_end <= ${d1} group by 2
    union all select 'endedEarly', ${k}, count(*)::int from i where status = 'ended_early' and eff_end >= ${d0}::date and eff_end <= ${d1} group by 2
    union all select 'retained', ${k}, count(*)::int from i where status = 'retained' and eff_end >= ${d0}::date and eff_end <= ${d1} group by 2`;
  return collect(rowsOf(await db.execute(q)));
}

function collect(rows: Record<string, unknown>[]): Map<string, Counts> {
  const out = new Map<string, Counts>();
  for (const r of rows) {
    const key = String(r.k);
    const m = String(r.m) as keyof Counts;
    if (!COUNT_KEYS.includes(m)) continue;
    const c = out.get(key) ?? emptyCounts();
    c[m] += Number(r.n);
    out.set(key, c);
  }
  return out;
}

/** Counts month by month: flows in the month they happened, 见习单位数 and 在岗 on the month's last day. */
async function countsByMonth(db: Db, f: StatsFilter): Promise<Map<string, Counts>> {
  const { d0, d1, t0, t1 } = period(f.from, f.to);
  const month = (col: SQL) => sql`to_char(${col}, 'YYYY-MM')`;
  const local = (col: SQL) => sql`(${col} at time zone 'Asia/Shanghai')`;
  const unitsFilter = f.category ? sql`and exists (select 1 from positions p2 where p2.unit_id = u.unit_id and p2.category = ${f.category} and p2.published_at < ms.t_end)` : sql``;
  const q = sql`with ${bases(f)},
    ms as (
      select to_char(m, 'YYYY-MM') as k, (m + interval '1 month')::date - 1 as last_day,
             ((m + interval '1 month')::timestamp at time zone 'Asia/Shanghai') as t_end
      from generate_series(${d0}::timestamp, ${d1}::timestamp, interval '1 month') as m
    )
    select 'units' as m, ms.k, (select count(*)::int from u where u.decided_at < ms.t_end ${unitsFilter}) as n from ms
    union all select 'onDuty', ms.k, count(i.start_date)::int from ms left join i on i.start_date <= ms.last_day and i.eff_end >= ms.last_day group by 2
    union all select 'positions', ${month(local(sql`published_at`))}, count(*)::int from p where published_at >= ${t0} and published_at < ${t1} group by 2
    union all select 'places', ${month(local(sql`published_at`))}, coalesce(sum(headcount), 0)::int from p where published_at >= ${t0} and published_at < ${t1} group by 2
    union all select 'interests', ${month(local(sql`pi.created_at`))}, count(distinct pi.person_id)::int from position_interests pi join p on p.id = pi.position_id
      where pi.withdrawn_at is null and pi.created_at >= ${t0} and pi.created_at < ${t1} group by 2
    union all select 'started', ${month(sql`start_date`)}, count(*)::int from i where start_date >= ${d0}::date and start_date <= ${d1} group by 2
    union all select 'completed', ${month(sql`eff_end`)}, count(*)::int from i where status = 'completed' and eff_end >= ${d0}::date and eff_end <= ${d1} group by 2
    union all select 'endedEarly', ${month(sql`eff_end`)}, count(*)::int from i where status = 'ended_early' and eff_end >= ${d0}::date and eff_end <= ${d1} group by 2
    union all select 'retained', ${month(sql`eff_end`)}, count(*)::int from i where status = 'retained' and eff_end >= ${d0}::date and eff_end <= ${d1} group by 2`;
  return collect(rowsOf(await db.execute(q)));
}

function row(key: string, label: string, counts: Counts | undefined, href?: string): StatsRow {
  const c = counts ?? emptyCounts();
  return { key, label, counts: c, rate: retentionRate(c), href };
}

/** The regions one level below the filter's region (province → 市, 市 → 市本级 and 县区); a county is its own row. */
export async function childRegions(db: Db, f: StatsFilter): Promise<{ code: string; name: string; leaf: boolean }[]> {
  if (f.region.length === 6) return [{ code: f.region, name: f.regionName, leaf: true }];
  const rows = await db.select({ code: regions.code, name: regions.name }).from(regions).where(eq(regions.parentCode, f.region)).orderBy(asc(regions.sort));
  return rows.map((r) => ({ ...r, leaf: r.code.length === 6 }));
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
  const [children, byRegion, byMonth, byCategory, byUnitType, byIndustry] = await Promise.all([
    childRegions(db, f),
    countsBy(db, f, 'region'),
    countsByMonth(db, f),
    countsBy(db, f, 'category'),
    countsBy(db, f, 'unitType'),
    countsBy(db, f, 'industry'),
  ]);
  // The total is the sum over regions: every unit lies in exactly one child region.
  const total = emptyCounts();
  for (const c of byRegion.values()) for (const k of COUNT_KEYS) total[k] += c[k];
  // 意向人数 counts people once across regions, so it is taken from the whole-period query apart.
  total.interests = await distinctInterests(db, f);
  return {
    total: row(f.region, f.regionName, total),
    byRegion: children.map((r) => row(r.code, r.name, byRegion.get(r.code), r.leaf && r.code === f.region ? undefined : regionHref(r.code))),
    byMonth: monthsBetween(f.from, f.to).map((m) => row(m, m, byMonth.get(m))),
    byCategory: POSITION_CATEGORIES.filter((c) => !f.category || c === f.category).map((c) => row(c, c, byCategory.get(c))),
    byUnitType: UNIT_TYPES.filter((t) => !f.unitType || t === f.unitType).map((t) => row(t, t, byUnitType.get(t))),
    byIndustry: INDUSTRIES.filter(([c]) => !f.industry || c === f.industry).map(([c]) => row(c, `${c} ${industryName(c)}`, byIndustry.get(c))),
  };
}

async function distinctInterests(db: Db, f: StatsFilter): Promise<number> {
  const { t0, t1 } = period(f.from, f.to);
  const q = sql`with ${bases(f)} select count(distinct pi.person_id)::int as n from position_interests pi join p on p.id = pi.position_id
    where pi.withdrawn_at is null and pi.created_at >= ${t0} and pi.created_at < ${t1}`;
  return Number(rowsOf(await db.execute(q))[0]?.n ?? 0);
}
