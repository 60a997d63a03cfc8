import { sql, type SQL } from 'drizzle-orm';
import { bigint, index, integer, pgTable, primaryKey, text, timestamp, uuid, varchar, type PgTable } from 'drizzle-orm/pg-core';
import { subsidyCommittedStages } from './subsidy';

/**
 * What 统计分析 (lib/stats) reads, rebuilt after every decision that changes a number
 * (lib/stats/refresh.ts) rather than computed on every view: at province scale (200,000
 * internships, 100,000 positions) scanning and joining the tables costs about a second per view.
 *
 * Plain tables, each with the one `select` that defines it (`STATS_TABLES` below), rather than
 * materialized views: drizzle-kit cannot index a materialized view (drizzle-orm issue #2976), and
 * `refresh materialized view` locks readers out for the seconds it takes. A rebuild deletes and
 * re-inserts every table in one transaction, so a reader sees the old numbers until it commits.
 */
// A 见习单位: its latest approved 就业见习单位申请 gives its 业务办理归属地, 单位类型 and 行业.
const approvedUnits = sql.raw(`(select distinct on (f.unit_id) f.unit_id, f.region_code, q.unit_type, q.industry, f.decided_at
  from filings f join unit_qualifications q on q.filing_id = f.id
  where f.kind = 'qualification' and f.state = 'approved'
  order by f.unit_id, f.decided_at desc)`);

/** Each approved 见习单位 with its region, type and industry (意向人数 joins it; the rollups repeat `approvedUnits`). */
export const statsUnits = pgTable('stats_units', {
  unitId: uuid().primaryKey(),
  regionCode: varchar({ length: 6 }).notNull(),
  unitType: text().notNull(),
  industry: varchar({ length: 1 }).notNull(),
  decidedAt: timestamp({ withTimezone: true }).notNull(),
});
const statsUnitsSelect = sql`select * from ${approvedUnits} u`;

const committed = sql.raw(subsidyCommittedStages.map((s) => `'${s}'`).join(', '));

/**
 * The monthly rollup that 统计分析 reads (lib/stats/queries.ts): one row per 业务办理归属地 (县区 or
 * 市本级) × 单位类型 × 行业 × 岗位类别 × month, with every additive indicator of that month. A filtered
 * view (岗位类别, 单位类型 or 行业) reads it; an unfiltered one reads stats_rollup below. Each fact lands
 * in one month:
 * - a 见习单位 in the month its 就业见习单位申请 was approved (`units`, 岗位类别 ''), and per 岗位类别 in
 *   the month it was approved or first published a position of that category, whichever is later
 *   (`unit_cats`); both are stocks, summed over every month up to the period's end;
 * - 在岗: +1 in the month the internship starts, −1 in the month after its effective end (the
 *   状态变动日期 once it ended, else the planned end), so that the sum up to a month is the number on
 *   duty on its last day; an internship that never spans a month end gives neither;
 * - positions and 名额 in the month published (Asia/Shanghai), 新增 in the month of the start,
 *   完成 / 提前终止 / 留用 in the month of the effective end;
 * - 补贴人次 and 补贴金额: each person-month line of a claim approved at the last level (市审核通过,
 *   已公示, 已拨付), in the internship month it pays for, at the claim's 业务办理归属地; 岗位类别 from the
 *   internship's position, 单位类型 and 行业 from the unit's approved application (null if it has none).
 * Refreshed after every decision that changes a number (lib/stats/refresh.ts).
 */
export const statsMonthly = pgTable(
  'stats_monthly',
  {
    regionCode: varchar({ length: 6 }).notNull(),
    unitType: text(),
    industry: varchar({ length: 1 }),
    category: text().notNull(),
    month: varchar({ length: 7 }).notNull(),
    units: integer().notNull(),
    unitCats: integer().notNull(),
    onDutyIn: integer().notNull(),
    onDutyOut: integer().notNull(),
    positions: integer().notNull(),
    places: integer().notNull(),
    started: integer().notNull(),
    completed: integer().notNull(),
    endedEarly: integer().notNull(),
    retained: integer().notNull(),
    subsidyMonths: integer().notNull(),
    subsidyFen: bigint({ mode: 'number' }).notNull(),
  },
  // A filtered view of a 市 or 县区 reads its region's rows (LIKE prefix, whatever the collation).
  (t) => [index('stats_monthly_region_idx').on(t.regionCode.op('varchar_pattern_ops'), t.month)],
);
const statsMonthlySelect = sql`
  with u as ${approvedUnits},
  p as (
    select p.id, p.unit_id, p.category, p.headcount, p.published_at, u.region_code, u.unit_type, u.industry, u.decided_at
    from positions p join u on u.unit_id = p.unit_id
    where p.published_at is not null),
  i as (
    select i.start_date, case when i.status <> 'active' and i.status_date is not null then i.status_date else i.end_date end as eff_end,
           i.status, p.category, u.region_code, u.unit_type, u.industry
    from internships i join u on u.unit_id = i.unit_id join positions p on p.id = i.position_id),
  f (region_code, unit_type, industry, category, month, k, n) as (
    select region_code, unit_type, industry, '', to_char(decided_at at time zone 'Asia/Shanghai', 'YYYY-MM'), 'units', 1::bigint from u
    union all
    select region_code, unit_type, industry, category, to_char(greatest(decided_at, min(published_at)) at time zone 'Asia/Shanghai', 'YYYY-MM'), 'unit_cats', 1
    from p group by unit_id, category, decided_at, region_code, unit_type, industry
    union all
    select region_code, unit_type, industry, category, to_char(published_at at time zone 'Asia/Shanghai', 'YYYY-MM'), 'positions', headcount from p
    union all
    select region_code, unit_type, industry, category, to_char(start_date, 'YYYY-MM'), 'started', 1 from i
    union all
    select region_code, unit_type, industry, category, x.month, x.k, 1 from i
    cross join lateral (values (to_char(start_date, 'YYYY-MM'), 'on_in'), (to_char(eff_end + 1, 'YYYY-MM'), 'on_out')) x (month, k)
    where to_char(eff_end + 1, 'YYYY-MM') > to_char(start_date, 'YYYY-MM')
    union all
    select region_code, unit_type, industry, category, to_char(eff_end, 'YYYY-MM'), status, 1 from i where status in ('completed', 'ended_early', 'retained')
    union all
    select sf.region_code, u.unit_type, u.industry, sp.category, l.month, 'subsidy', l.amount_fen
    from subsidy_claim_lines l
    join subsidy_claims c on c.filing_id = l.filing_id
    join filings sf on sf.id = l.filing_id
    join subsidy_claim_persons cp on cp.filing_id = l.filing_id and cp.person_id = l.person_id
    join internships si on si.id = cp.internship_id
    join positions sp on sp.id = si.position_id
    left join u on u.unit_id = sf.unit_id
    where c.stage in (${committed}))
  select region_code, unit_type, industry, category, month,
    count(*) filter (where k = 'units')::int as units,
    count(*) filter (where k = 'unit_cats')::int as unit_cats,
    count(*) filter (where k = 'on_in')::int as on_duty_in,
    count(*) filter (where k = 'on_out')::int as on_duty_out,
    count(*) filter (where k = 'positions')::int as positions,
    coalesce(sum(n) filter (where k = 'positions'), 0)::int as places,
    count(*) filter (where k = 'started')::int as started,
    count(*) filter (where k = 'completed')::int as completed,
    count(*) filter (where k = 'ended_early')::int as ended_early,
    count(*) filter (where k = 'retained')::int as retained,
    count(*) filter (where k = 'subsidy')::int as subsidy_months,
    coalesce(sum(n) filter (where k = 'subsidy'), 0)::bigint as subsidy_fen
  from f
  group by region_code, unit_type, industry, category, month`;

/**
 * The rollup again, summed to each level a view is asked at (the province `14`, each 市 `1401`,
 * each 县区 or 市本级 `140105`) and per month: once in total (`dim` '') and once per 岗位类别, 单位类型
 * and 行业 (`dim` 'category' | 'unitType' | 'industry', `key` its value), with the level above as
 * `parent_key` ('' for the province). An unfiltered view reads its own level's rows (`region_key`)
 * and its children's totals (`parent_key`, `dim` ''), both by index: about 1,000–1,900 rows for the province.
 * Under `dim` 'category' `units` is the per-category count (`unit_cats`). Rebuilt after stats_monthly.
 */
export const statsRollup = pgTable(
  'stats_rollup',
  {
    regionKey: text().notNull(),
    parentKey: text().notNull(),
    dim: text().notNull(),
    key: text().notNull(),
    month: varchar({ length: 7 }).notNull(),
    units: integer().notNull(),
    onDutyIn: integer().notNull(),
    onDutyOut: integer().notNull(),
    positions: integer().notNull(),
    places: integer().notNull(),
    started: integer().notNull(),
    completed: integer().notNull(),
    endedEarly: integer().notNull(),
    retained: integer().notNull(),
    subsidyMonths: integer().notNull(),
    subsidyFen: bigint({ mode: 'number' }).notNull(),
  },
  // A view reads its own level's rows (the key's prefix) and its children's totals (the second index).
  (t) => [
    primaryKey({ name: 'stats_rollup_pk', columns: [t.regionKey, t.dim, t.key, t.month] }),
    index('stats_rollup_parent_idx').on(t.parentKey, t.dim, t.month),
  ],
);
const statsRollupSelect = sql`
  select r.region_key, r.parent_key,
    case when grouping(m.category) = 0 then 'category' when grouping(m.unit_type) = 0 then 'unitType' when grouping(m.industry) = 0 then 'industry' else '' end as dim,
    coalesce(m.category, m.unit_type, m.industry, '') as key, m.month,
    (case when grouping(m.category) = 0 then sum(m.unit_cats) else sum(m.units) end)::int as units,
    sum(m.on_duty_in)::int as on_duty_in, sum(m.on_duty_out)::int as on_duty_out, sum(m.positions)::int as positions, sum(m.places)::int as places,
    sum(m.started)::int as started, sum(m.completed)::int as completed, sum(m.ended_early)::int as ended_early, sum(m.retained)::int as retained,
    sum(m.subsidy_months)::int as subsidy_months, sum(m.subsidy_fen)::bigint as subsidy_fen
  from stats_monthly m
  cross join lateral (values (left(m.region_code, 2), ''), (left(m.region_code, 4), left(m.region_code, 2)), (m.region_code, left(m.region_code, 4))) r (region_key, parent_key)
  group by r.region_key, r.parent_key, m.month, grouping sets ((), (m.category), (m.unit_type), (m.industry))`;

/**
 * The statistics tables with the `select` that fills each, in the order a rebuild must take them
 * (stats_rollup sums stats_monthly). The select names every column of its table; `order` (columns
 * of the select) lays the rows down in the order of the index a view reads them by, so that a
 * region's ~1,000 rows lie on a few dozen pages rather than one page each.
 */
export const STATS_TABLES: readonly { table: PgTable; select: SQL; order?: SQL }[] = [
  { table: statsUnits, select: statsUnitsSelect },
  { table: statsMonthly, select: statsMonthlySelect, order: sql`region_code, month` },
  { table: statsRollup, select: statsRollupSelect, order: sql`region_key, dim, key, month` },
];
