import { resultRows } from '@/lib/db/rows';
import 'server-only';
import { asc, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { regions, statsMonthly, statsRollup, statsUnits } from '@/lib/db/schema';
import { inRegion } from '@/lib/access/scope';
import { POSITION_CATEGORIES } from '@/lib/posts/options';
import { INDUSTRIES, UNIT_TYPES } from '@/lib/units/qualification-schema';
import { COUNT_KEYS, emptyCounts, retentionRate, type Counts } from './definitions';
import { addMonths, industryName, monthsBetween, type StatsFilter } from './filter';

/**
 * Every statistic is counted by SQL over the tables the platform already keeps (no counters kept by
 * hand): the rollup tables in lib/db/schema/stats.ts hold the definitions, rebuilt after each
 * decision that changes a number. A unit's 业务办理归属地 is the region of its approved 就业见习单位申请;
 * its positions and internships are counted there too, a subsidy claim at its own 归属地.
 *
 * A view is two queries. One reads the rollup: an unfiltered view its region's rows of
 * stats_rollup (the total, each 岗位类别 / 单位类型 / 行业, its children's totals, month by month:
 * about 1,000–1,900 rows for the province, found by index); a view filtered by 岗位类别, 单位类型 or 行业 the matching rows
 * of stats_monthly, grouped at once by region, 岗位类别, 单位类型, 行业 and month (grouping sets).
 * The other counts 意向人数, which cannot be summed (a person is counted once across positions), from
 * the interests themselves. The region restriction is the shared scope builder's `inRegion`.
 */

export type StatsRow = { key: string; label: string; counts: Counts; rate: number | null; href?: string };
type Dim = 'region' | 'category' | 'unitType' | 'industry' | 'total' | 'month';

/** The columns of a rollup; `units` is already the aggregate (which count of units depends on the group). */
type Src = {
  units: SQL;
  onDutyIn: SQL;
  onDutyOut: SQL;
  positions: SQL;
  places: SQL;
  started: SQL;
  completed: SQL;
  endedEarly: SQL;
  retained: SQL;
  subsidyMonths: SQL;
  subsidyFen: SQL;
  month: SQL;
};

/**
 * The counts of a group over the months `≤ to` it was given: stocks (单位, 在岗) over all of them,
 * flows over the months from `from`. For a group of one month the stocks are that month's change,
 * added up month by month in viewCounts.
 */
function measures(c: Src, from: string): SQL {
  const flow = (col: SQL) => sql`coalesce(sum(${col}) filter (where ${c.month} >= ${from}), 0)`;
  return sql`coalesce(${c.units}, 0)::int as units,
    (coalesce(sum(${c.onDutyIn}), 0) - coalesce(sum(${c.onDutyOut}), 0))::int as "onDuty",
    ${flow(c.positions)}::int as positions, ${flow(c.places)}::int as places, ${flow(c.started)}::int as started,
    ${flow(c.completed)}::int as completed, ${flow(c.endedEarly)}::int as "endedEarly", ${flow(c.retained)}::int as retained,
    ${flow(c.subsidyMonths)}::int as "subsidyMonths", ${flow(c.subsidyFen)}::bigint as "subsidyFen"`;
}

/** An unfiltered view from stats_rollup: its own rows by `dim`, its children's totals, and its months. */
function fromRollup(f: StatsFilter): SQL {
  const r = statsRollup;
  const cols: Src = {
    units: sql`sum(${r.units})`,
    onDutyIn: sql`${r.onDutyIn}`,
    onDutyOut: sql`${r.onDutyOut}`,
    positions: sql`${r.positions}`,
    places: sql`${r.places}`,
    started: sql`${r.started}`,
    completed: sql`${r.completed}`,
    endedEarly: sql`${r.endedEarly}`,
    retained: sql`${r.retained}`,
    subsidyMonths: sql`${r.subsidyMonths}`,
    subsidyFen: sql`${r.subsidyFen}`,
    month: sql`${r.month}`,
  };
  const own = sql`${r.regionKey} = ${f.region}`;
  // Both halves of the `or` are index scans (stats_rollup_pk, stats_rollup_parent_idx).
  return sql`
    select case when ${own} then case ${r.dim} when '' then 'total' else ${r.dim} end else 'region' end as d,
           case when ${own} then ${r.key} else ${r.regionKey} end as k, ${measures(cols, f.from)}
    from ${r}
    where ${inRegion(r.regionKey, f.region)} and ${r.month} <= ${f.to} and (${own} or (${r.parentKey} = ${f.region} and ${r.dim} = ''))
    group by 1, 2
    union all
    select 'month', ${r.month}, ${measures(cols, f.from)}
    from ${r}
    where ${own} and ${r.dim} = '' and ${r.month} <= ${f.to}
    group by ${r.month}`;
}

/** A view filtered by 岗位类别, 单位类型 or 行业 from stats_monthly, every breakdown in one pass. */
function fromMonthly(f: StatsFilter): SQL {
  const m = statsMonthly;
  const where = [inRegion(m.regionCode, f.region), sql`${m.month} <= ${f.to}`];
  if (f.category) where.push(sql`${m.category} = ${f.category}`);
  if (f.unitType) where.push(sql`${m.unitType} = ${f.unitType}`);
  if (f.industry) where.push(sql`${m.industry} = ${f.industry}`);
  const rk = f.region.length === 2 ? sql`left(${m.regionCode}, 4)` : sql`${m.regionCode}`;
  // A unit counts once in total, and in each 岗位类别 it published (all of them under a category filter).
  const units = sql`case when grouping(category) = 0 then sum(unit_cats) else sum(${f.category ? sql`unit_cats` : sql`units`}) end`;
  const cols: Src = {
    units,
    onDutyIn: sql`on_duty_in`,
    onDutyOut: sql`on_duty_out`,
    positions: sql`positions`,
    places: sql`places`,
    started: sql`started`,
    completed: sql`completed`,
    endedEarly: sql`ended_early`,
    retained: sql`retained`,
    subsidyMonths: sql`subsidy_months`,
    subsidyFen: sql`subsidy_fen`,
    month: sql`month`,
  };
  return sql`
    select ${DIM}, ${measures(cols, f.from)}
    from (select ${m}.*, ${rk} as rk from ${m} where ${sql.join(where, sql` and `)}) s
    group by grouping sets ((rk), (category), (unit_type), (industry), (month), ())`;
}

const DIM = sql`case when grouping(rk) = 0 then 'region' when grouping(category) = 0 then 'category' when grouping(unit_type) = 0 then 'unitType'
    when grouping(industry) = 0 then 'industry' when grouping(month) = 0 then 'month' else 'total' end as d,
  case when grouping(rk) = 0 then rk when grouping(category) = 0 then category when grouping(unit_type) = 0 then unit_type
    when grouping(industry) = 0 then industry when grouping(month) = 0 then month end as k`;

/** 意向人数 per group: distinct persons with a standing interest registered in the period. */
function interests(f: StatsFilter): SQL {
  const u = statsUnits;
  const t0 = sql`(${`${f.from}-01 00:00`}::timestamp at time zone 'Asia/Shanghai')`;
  const t1 = sql`(${`${addMonths(f.to, 1)}-01 00:00`}::timestamp at time zone 'Asia/Shanghai')`;
  const where = [
    sql`pi.withdrawn_at is null`,
    sql`pi.created_at >= ${t0}`,
    sql`pi.created_at < ${t1}`,
    sql`p.published_at is not null`,
    inRegion(u.regionCode, f.region),
  ];
  if (f.category) where.push(sql`p.category = ${f.category}`);
  if (f.unitType) where.push(sql`${u.unitType} = ${f.unitType}`);
  if (f.industry) where.push(sql`${u.industry} = ${f.industry}`);
  const rk = f.region.length === 2 ? sql`left(${u.regionCode}, 4)` : sql`${u.regionCode}`;
  return sql`
    select ${DIM}, count(distinct person_id)::int as interests
    from (select pi.person_id, ${rk} as rk, p.category, ${u.unitType} as unit_type, ${u.industry} as industry,
                 to_char(pi.created_at at time zone 'Asia/Shanghai', 'YYYY-MM') as month
          from position_interests pi join positions p on p.id = pi.position_id join ${u} on ${u.unitId} = p.unit_id
          where ${sql.join(where, sql` and `)}) x
    group by grouping sets ((rk), (category), (unit_type), (industry), (month), ())`;
}

/**
 * All counts of a view keyed `dim:key`. Month rows come back as each month's change of the stocks
 * (单位, 在岗) and its flows; the stocks are added up here from the first month on record, so each
 * month shows its last day's number.
 */
async function viewCounts(db: Db, f: StatsFilter): Promise<Map<string, Counts>> {
  const filtered = !!(f.category || f.unitType || f.industry);
  const [main, wanted] = await Promise.all([db.execute(filtered ? fromMonthly(f) : fromRollup(f)), db.execute(interests(f))]);
  const out = new Map<string, Counts>();
  const at = (d: string, k: unknown) => {
    const key = `${d}:${k ?? ''}`;
    const c = out.get(key) ?? emptyCounts();
    out.set(key, c);
    return c;
  };
  for (const r of resultRows(main)) {
    const c = at(String(r.d), r.k);
    for (const k of COUNT_KEYS) if (k !== 'interests') c[k] += Number(r[k] ?? 0);
  }
  for (const r of resultRows(wanted)) at(String(r.d), r.k).interests += Number(r.interests);
  const stock = { units: 0, onDuty: 0 };
  const months = new Set([...out.keys()].filter((k) => k.startsWith('month:')));
  for (const m of monthsBetween(f.from, f.to)) months.add(`month:${m}`);
  for (const k of [...months].sort()) {
    const c = at('month', k.slice(6));
    stock.units += c.units;
    stock.onDuty += c.onDuty;
    c.units = stock.units;
    c.onDuty = stock.onDuty;
  }
  // A county is its own only child.
  if (f.region.length === 6) out.set(`region:${f.region}`, out.get('total:') ?? emptyCounts());
  return out;
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
  const [children, all] = await Promise.all([childRegions(db, f), viewCounts(db, f)]);
  const get = (d: Dim, k: string) => all.get(`${d}:${k}`);
  return {
    total: row(f.region, f.regionName, get('total', '')),
    byRegion: children.map((r) => row(r.code, r.name, get('region', r.code), r.code === f.region ? undefined : regionHref(r.code))),
    byMonth: monthsBetween(f.from, f.to).map((m) => row(m, m, get('month', m))),
    byCategory: POSITION_CATEGORIES.filter((c) => !f.category || c === f.category).map((c) => row(c, c, get('category', c))),
    byUnitType: UNIT_TYPES.filter((t) => !f.unitType || t === f.unitType).map((t) => row(t, t, get('unitType', t))),
    byIndustry: INDUSTRIES.filter(([c]) => !f.industry || c === f.industry).map(([c]) => row(c, `${c} ${industryName(c)}`, get('industry', c))),
  };
}
