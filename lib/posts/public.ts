import 'server-only';
import { and, count, desc, eq, gte, ilike, or, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '@/lib/db/client';
import { positions, regions, units } from '@/lib/db/schema';
import { positionState, type PositionState } from './labels';
import { JOBS_PAGE_SIZE, type JobsFilter } from './urls';

const city = alias(regions, 'city');
const county = alias(regions, 'county');
const escapeLike = (s: string) => s.replace(/[%_\\]/g, (c) => `\\${c}`);

export type PublicListRow = {
  code: string;
  title: string;
  unitName: string;
  category: string;
  education: string;
  headcount: number;
  months: number;
  allowanceFen: number;
  cityName: string;
  countyName: string;
  deadline: string;
};

/** What a list row shows; a position's page shows these and more. */
const listColumns = {
  code: positions.code,
  title: positions.title,
  unitName: units.name,
  category: positions.category,
  education: positions.education,
  headcount: positions.headcount,
  months: positions.months,
  allowanceFen: positions.allowanceFen,
  cityName: city.name,
  countyName: county.name,
  deadline: positions.deadline,
};

/** Open positions (approved, not closed, deadline not passed) matching the public filters. */
export async function listOpenPositions(db: Db, f: JobsFilter, today: string): Promise<{ rows: PublicListRow[]; total: number }> {
  const where: (SQL | undefined)[] = [eq(positions.status, 'open'), gte(positions.deadline, today)];
  if (f.region.length === 4) where.push(eq(positions.cityCode, f.region));
  if (f.region.length === 6) where.push(eq(positions.countyCode, f.region));
  if (f.edu) where.push(eq(positions.education, f.edu));
  if (f.cat) where.push(eq(positions.category, f.cat));
  if (f.q) {
    const like = `%${escapeLike(f.q)}%`;
    where.push(or(ilike(positions.title, like), ilike(positions.major, like), ilike(units.name, like)));
  }
  const cond = and(...where);
  const [rows, [{ n }]] = await Promise.all([
    db
      .select(listColumns)
      .from(positions)
      .innerJoin(units, eq(units.id, positions.unitId))
      .innerJoin(city, eq(city.code, positions.cityCode))
      .innerJoin(county, eq(county.code, positions.countyCode))
      .where(cond)
      .orderBy(desc(positions.publishedAt), desc(positions.code))
      .limit(JOBS_PAGE_SIZE)
      .offset((f.page - 1) * JOBS_PAGE_SIZE),
    db.select({ n: count() }).from(positions).innerJoin(units, eq(units.id, positions.unitId)).where(cond),
  ]);
  return { rows, total: n };
}

export type PublicPosition = PublicListRow & {
  cityCode: string;
  countyCode: string;
  major: string;
  address: string;
  duties: string;
  requirements: string;
  contactName: string;
  contactPhone: string;
  publishedAt: string | null;
  state: PositionState;
};

/** A published position by its 岗位编号 (closed and expired ones too, marked so); null otherwise. */
export async function getPublicPosition(db: Db, code: string, today: string): Promise<PublicPosition | null> {
  if (!/^GW\d{12,14}$/.test(code)) return null;
  const [p] = await db
    .select({
      ...listColumns,
      cityCode: positions.cityCode,
      countyCode: positions.countyCode,
      major: positions.major,
      address: positions.address,
      duties: positions.duties,
      requirements: positions.requirements,
      contactName: positions.contactName,
      contactPhone: positions.contactPhone,
      publishedAt: positions.publishedAt,
      status: positions.status,
    })
    .from(positions)
    .innerJoin(units, eq(units.id, positions.unitId))
    .innerJoin(city, eq(city.code, positions.cityCode))
    .innerJoin(county, eq(county.code, positions.countyCode))
    .where(eq(positions.code, code));
  if (!p || p.status === 'pending') return null;
  const { status, publishedAt, ...rest } = p;
  return { ...rest, publishedAt: publishedAt ? publishedAt.toISOString() : null, state: positionState(status, p.deadline, today) };
}

export const SITEMAP_URLS = 50_000;

/** One sitemap's worth of open positions, in 岗位编号 order. */
export async function openPositionsForSitemap(db: Db, chunk: number, today: string): Promise<{ code: string; updatedAt: Date }[]> {
  return db
    .select({ code: positions.code, updatedAt: positions.updatedAt })
    .from(positions)
    .where(and(eq(positions.status, 'open'), gte(positions.deadline, today)))
    .orderBy(positions.code)
    .limit(SITEMAP_URLS)
    .offset(chunk * SITEMAP_URLS);
}

export async function countOpenPositions(db: Db, today: string): Promise<number> {
  const [{ n }] = await db
    .select({ n: count() })
    .from(positions)
    .where(and(eq(positions.status, 'open'), gte(positions.deadline, today)));
  return n;
}
