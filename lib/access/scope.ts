import 'server-only';
import { and, eq, exists, like, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { filings, internships, positions, units } from '@/lib/db/schema';
import type { Viewer } from './viewer';

/** `%`, `_` and `\` typed by a user match themselves in LIKE / ILIKE. */
export const escapeLike = (s: string) => s.replace(/[%_\\]/g, (c) => `\\${c}`);

/** `col LIKE '1401%'`: the region code and everything under it (a city covers its counties). */
export function inRegion(col: AnyColumn, code: string): SQL {
  return like(col, `${escapeLike(code)}%`);
}

/** `col ILIKE '%text%'` for a user's search words. */
export const containing = (text: string) => `%${escapeLike(text)}%`;

/** A filing of the given id lies in the reviewer's region. */
const filingInRegion = (filingId: AnyColumn | SQL, code: string) =>
  exists(sql`(select 1 from ${filings} where ${filings.id} = ${filingId} and ${filings.regionCode} like ${`${escapeLike(code)}%`})`);

export type Scope = { filings: SQL; units: SQL; positions: SQL; internships: SQL };

/**
 * The `where` that keeps a viewer inside what they may see, table by table. A unit: its own rows.
 * A reviewer: filings whose 业务办理归属地 is in their region; units that filed there; positions and
 * internships whose filing (岗位申请 / 匹配结果) was filed there. Every loader ANDs this in.
 */
export function scopeOf(viewer: Viewer): Scope {
  if (viewer.role === 'unit') {
    return {
      filings: eq(filings.unitId, viewer.unitId),
      units: eq(units.id, viewer.unitId),
      positions: eq(positions.unitId, viewer.unitId),
      internships: eq(internships.unitId, viewer.unitId),
    };
  }
  const code = viewer.scope;
  return {
    filings: inRegion(filings.regionCode, code),
    units: exists(sql`(select 1 from ${filings} where ${filings.unitId} = ${units.id} and ${filings.regionCode} like ${`${escapeLike(code)}%`})`),
    positions: filingInRegion(positions.filingId, code),
    internships: filingInRegion(internships.matchFilingId, code),
  };
}

/** One filing the viewer may see (the detail loaders start from this). */
export const filingInScope = (viewer: Viewer, filingId: string): SQL => and(eq(filings.id, filingId), scopeOf(viewer).filings)!;
