import 'server-only';
import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { regions } from '@/lib/db/schema';

export type RegionOption = { code: string; name: string };

export async function listCities(db: Db): Promise<RegionOption[]> {
  return db.select({ code: regions.code, name: regions.name }).from(regions).where(eq(regions.level, 'city')).orderBy(asc(regions.sort));
}

/** Counties of a city; with `withCityBureau`, the 市本级 choice comes first (业务办理归属地 picker). */
export async function listCounties(db: Db, cityCode: string, opts: { withCityBureau?: boolean } = {}): Promise<RegionOption[]> {
  const levels: ('county' | 'city_bureau')[] = opts.withCityBureau ? ['city_bureau', 'county'] : ['county'];
  return db
    .select({ code: regions.code, name: regions.name })
    .from(regions)
    .where(inArray(regions.level, levels))
    .orderBy(asc(regions.sort))
    .then((rows) => rows.filter((r) => r.code.startsWith(cityCode) && r.code.length === 6));
}

/** Full name for display, e.g. 太原市 · 小店区 or 太原市 · 市本级. */
export async function regionLabel(db: Db, code: string): Promise<string | null> {
  const codes = code.length === 6 ? [code.slice(0, 4), code] : [code];
  const rows = await db.select({ code: regions.code, name: regions.name }).from(regions).where(inArray(regions.code, codes));
  if (rows.length !== codes.length) return null;
  return codes.map((c) => rows.find((r) => r.code === c)!.name).join(' · ');
}

export type RegionTree = { code: string; name: string; counties: RegionOption[] }[];

/** Cities with 市本级 and their counties: what the 业务办理归属地 and 工作地点 pickers offer. */
export async function regionTree(db: Db): Promise<RegionTree> {
  const rows = await db
    .select({ code: regions.code, name: regions.name, level: regions.level, parentCode: regions.parentCode, sort: regions.sort })
    .from(regions)
    .orderBy(asc(regions.sort));
  const cities = rows.filter((r) => r.level === 'city');
  return cities.map((c) => ({
    code: c.code,
    name: c.name,
    counties: rows
      .filter((r) => r.parentCode === c.code)
      .sort((a, b) => a.sort - b.sort)
      .map((r) => ({ code: r.code, name: r.name })),
  }));
}

/** The regions a reviewer may filter by: the cities of the province, or 市本级 and the counties of a city. */
export async function regionsUnder(db: Db, scope: string): Promise<RegionOption[]> {
  if (scope.length === 6) return [];
  const rows = await db.select({ code: regions.code, name: regions.name }).from(regions).where(eq(regions.parentCode, scope)).orderBy(asc(regions.sort));
  return rows;
}
