import { sql } from 'drizzle-orm';
import { date, integer, pgMaterializedView, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';

/**
 * Flat copies for 统计分析 (lib/stats): each approved unit, published position and internship with
 * the unit's 业务办理归属地, 单位类型 and 行业 already joined. At province scale (200,000 internships)
 * the joins cost more than the counting, so they are done once here and refreshed after every
 * approving decision (lib/stats/refresh.ts), not on every view.
 */
// Each view names the approved qualification itself, so none depends on another (any creation or refresh order works).
const approvedUnits = sql.raw(`(select distinct on (f.unit_id) f.unit_id, f.region_code, q.unit_type, q.industry, f.decided_at
  from filings f join unit_qualifications q on q.filing_id = f.id
  where f.kind = 'qualification' and f.state = 'approved'
  order by f.unit_id, f.decided_at desc)`);

export const statsUnits = pgMaterializedView('stats_units', {
  unitId: uuid().notNull(),
  regionCode: varchar({ length: 6 }).notNull(),
  unitType: text().notNull(),
  industry: varchar({ length: 1 }).notNull(),
  decidedAt: timestamp({ withTimezone: true }).notNull(),
}).as(sql`select * from ${approvedUnits} u`);

export const statsPositions = pgMaterializedView('stats_positions', {
  id: uuid().notNull(),
  unitId: uuid().notNull(),
  category: text().notNull(),
  headcount: integer().notNull(),
  publishedAt: timestamp({ withTimezone: true }).notNull(),
  regionCode: varchar({ length: 6 }).notNull(),
  unitType: text().notNull(),
  industry: varchar({ length: 1 }).notNull(),
  unitDecidedAt: timestamp({ withTimezone: true }).notNull(),
}).as(sql`
  select p.id, p.unit_id, p.category, p.headcount, p.published_at, u.region_code, u.unit_type, u.industry, u.decided_at as unit_decided_at
  from positions p join ${approvedUnits} u on u.unit_id = p.unit_id
  where p.published_at is not null`);

export const statsInternships = pgMaterializedView('stats_internships', {
  unitId: uuid().notNull(),
  startDate: date().notNull(),
  effEnd: date().notNull(),
  status: text().notNull(),
  category: text().notNull(),
  regionCode: varchar({ length: 6 }).notNull(),
  unitType: text().notNull(),
  industry: varchar({ length: 1 }).notNull(),
}).as(sql`
  select i.unit_id, i.start_date,
         case when i.status <> 'active' and i.status_date is not null then i.status_date else i.end_date end as eff_end,
         i.status, p.category, u.region_code, u.unit_type, u.industry
  from internships i join ${approvedUnits} u on u.unit_id = i.unit_id join positions p on p.id = i.position_id`);

/** Each approved unit's first published position per 岗位类别 (见习单位数 by category, and under a category filter). */
export const statsUnitCategories = pgMaterializedView('stats_unit_categories', {
  unitId: uuid().notNull(),
  category: text().notNull(),
  since: timestamp({ withTimezone: true }).notNull(),
  regionCode: varchar({ length: 6 }).notNull(),
  unitType: text().notNull(),
  industry: varchar({ length: 1 }).notNull(),
}).as(sql`
  select p.unit_id, p.category, greatest(u.decided_at, min(p.published_at)) as since, u.region_code, u.unit_type, u.industry
  from positions p join ${approvedUnits} u on u.unit_id = p.unit_id
  where p.published_at is not null
  group by p.unit_id, p.category, u.decided_at, u.region_code, u.unit_type, u.industry`);
