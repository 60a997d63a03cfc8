import { eq } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { regions } from '@/lib/db/schema';
import { monthInShanghai } from '@/lib/time';
import { POSITION_CATEGORIES } from '@/lib/posts/options';
import { regionLabel } from '@/lib/regions/queries';
import { INDUSTRIES, UNIT_TYPES } from '@/lib/units/qualification-schema';

/** What a statistics view or export is asked for; every field comes from the URL. */
export type StatsFilter = {
  /** A region code inside the viewer's scope: 14, a city (1401), 市本级 (140100) or a county (140105). */
  region: string;
  regionName: string;
  regionLevel: 'province' | 'city' | 'city_bureau' | 'county';
  from: string;
  to: string;
  category?: string;
  unitType?: string;
  industry?: string;
};

export type FilterResult = { ok: true; filter: StatsFilter } | { ok: false; status: 400 | 403; message: string };

export const MAX_MONTHS = 60;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number);
  const t = y * 12 + (m - 1) + n;
  return `${Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, '0')}`;
}

export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) out.push(m);
  return out;
}

const one = (sp: Record<string, string | string[] | undefined>, k: string) => {
  const v = sp[k];
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
};

/**
 * Reads and checks the filters. A region outside the viewer's scope is refused (403) rather than
 * silently widened or narrowed, so a shared link never shows numbers its reader may not see.
 */
export async function parseStatsFilter(db: Db, scope: string, sp: Record<string, string | string[] | undefined>, now = new Date()): Promise<FilterResult> {
  const bad = (message: string): FilterResult => ({ ok: false, status: 400, message });
  const region = one(sp, 'region') ?? scope;
  if (!/^(\d{2}|\d{4}|\d{6})$/.test(region)) return bad(`地区代码“${region.slice(0, 20)}”格式不正确，应为 2、4 或 6 位数字。`);
  const [r] = await db.select({ name: regions.name, level: regions.level }).from(regions).where(eq(regions.code, region));
  if (!r) return bad(`未知的地区代码“${region}”。`);
  if (!region.startsWith(scope)) return { ok: false, status: 403, message: `地区“${r.name}”不在您的辖区内，不能查看或导出其数据。` };

  const to = one(sp, 'to') ?? monthInShanghai(now);
  const from = one(sp, 'from') ?? addMonths(to, -11);
  if (!MONTH.test(from)) return bad(`起始月份“${from.slice(0, 20)}”格式不正确，应为 YYYY-MM，如 2026-01。`);
  if (!MONTH.test(to)) return bad(`截止月份“${to.slice(0, 20)}”格式不正确，应为 YYYY-MM，如 2026-12。`);
  if (from > to) return bad(`起始月份 ${from} 晚于截止月份 ${to}，请调换后再查询。`);
  if (monthsBetween(from, to).length > MAX_MONTHS) return bad(`月份范围不能超过 5 年（${MAX_MONTHS} 个月），请缩短后再查询。`);

  const category = one(sp, 'category');
  if (category && !(POSITION_CATEGORIES as readonly string[]).includes(category)) return bad(`未知的岗位类别“${category.slice(0, 20)}”。`);
  const unitType = one(sp, 'unitType');
  if (unitType && !(UNIT_TYPES as readonly string[]).includes(unitType)) return bad(`未知的单位类型“${unitType.slice(0, 20)}”。`);
  const industry = one(sp, 'industry');
  if (industry && !INDUSTRIES.some(([c]) => c === industry)) return bad(`未知的所属行业“${industry.slice(0, 20)}”。`);

  const regionName = (await regionLabel(db, region)) ?? r.name;
  return { ok: true, filter: { region, regionName, regionLevel: r.level, from, to, category, unitType, industry } };
}

/** The same filters as URL parameters (links to drill down keep them). */
export function filterParams(f: StatsFilter, over: Partial<Pick<StatsFilter, 'region'>> = {}): URLSearchParams {
  const p = new URLSearchParams({ region: over.region ?? f.region, from: f.from, to: f.to });
  if (f.category) p.set('category', f.category);
  if (f.unitType) p.set('unitType', f.unitType);
  if (f.industry) p.set('industry', f.industry);
  return p;
}

export function industryName(code: string): string {
  return INDUSTRIES.find(([c]) => c === code)?.[1] ?? code;
}

/** 太原市 · 2025-12 至 2026-11 · 岗位类别 管理类: what the page and the export title say about a view. */
export function describeFilter(f: StatsFilter, scopeName: string): string {
  const parts = [`范围 ${scopeName}`, `地区 ${f.regionName}`, `${f.from} 至 ${f.to}`];
  if (f.category) parts.push(`岗位类别 ${f.category}`);
  if (f.unitType) parts.push(`单位类型 ${f.unitType}`);
  if (f.industry) parts.push(`所属行业 ${industryName(f.industry)}`);
  return parts.join(' · ');
}
