import 'server-only';
import { and, count, desc, eq, ilike, inArray, sql, type SQL } from 'drizzle-orm';
import { containing, filingInScope, inRegion, scopeOf } from '@/lib/access/scope';
import type { Viewer } from '@/lib/access/viewer';
import type { Db } from '@/lib/db/client';
import { filingEvents, filings, regions, staff, units, type FilingKind, type FilingState } from '@/lib/db/schema';
import { filingKinds, filingStates } from '@/lib/db/schema/filings';
import { isUuid } from '@/lib/validation/uuid';
import { queryText } from '@/lib/validation/text';

export const PAGE_SIZE = 20;

export type FilingFilter = { state?: FilingState; kind?: FilingKind; month?: string; page?: number };

export type FilingListRow = {
  id: string;
  kind: FilingKind;
  state: FilingState;
  title: string;
  month: string;
  regionCode: string;
  regionName: string;
  submittedAt: Date;
  decidedAt: Date | null;
  decisionNote: string | null;
  unitName: string;
};

/** Reads list filters from the URL (个人中心 and the review queue keep them there). */
export function parseFilingFilter(sp: Record<string, string | string[] | undefined>): FilingFilter {
  const one = (k: string) => (typeof sp[k] === 'string' ? (sp[k] as string) : undefined);
  const state = filingStates.find((s) => s === one('state'));
  const kind = filingKinds.find((k) => k === one('kind'));
  const month = /^\d{4}-(0[1-9]|1[0-2])$/.test(one('month') ?? '') ? one('month') : undefined;
  const page = Math.max(1, Math.min(10_000, Number.parseInt(one('page') ?? '1', 10) || 1));
  return { state, kind, month, page };
}

const listColumns = {
  id: filings.id,
  kind: filings.kind,
  state: filings.state,
  title: filings.title,
  month: filings.month,
  regionCode: filings.regionCode,
  regionName: regions.name,
  submittedAt: filings.submittedAt,
  decidedAt: filings.decidedAt,
  decisionNote: filings.decisionNote,
  unitName: units.name,
};

/**
 * One page of filings, newest first. Deferred join: the page's 20 ids come from an index alone
 * (filings_queue_* / filings_unit_idx), so a deep OFFSET skips index entries rather than joined
 * rows; only those 20 are then joined to units and regions. `byUnitName`: `where` filters on
 * units.name, so the id and count queries join units too.
 */
async function list(db: Db, where: SQL, page: number, byUnitName = false): Promise<{ rows: FilingListRow[]; total: number }> {
  const idQuery = db.select({ id: filings.id }).from(filings).$dynamic();
  const countQuery = db.select({ n: count() }).from(filings).$dynamic();
  if (byUnitName) for (const q of [idQuery, countQuery]) q.innerJoin(units, eq(units.id, filings.unitId));
  const ids = idQuery
    .where(where)
    .orderBy(desc(filings.submittedAt), desc(filings.id))
    .limit(PAGE_SIZE)
    .offset((page - 1) * PAGE_SIZE);
  const [rows, [{ n }]] = await Promise.all([
    db
      .select(listColumns)
      .from(filings)
      .innerJoin(units, eq(units.id, filings.unitId))
      .innerJoin(regions, eq(regions.code, filings.regionCode))
      .where(inArray(filings.id, ids))
      .orderBy(desc(filings.submittedAt), desc(filings.id)),
    countQuery.where(where),
  ]);
  return { rows, total: n };
}

function common(f: FilingFilter): SQL[] {
  return [
    // A literal, not a parameter: the value is one of filingStates, and PostgreSQL can use the partial
    // index of waiting filings (filings_pending_count_idx) only when it sees 'pending' itself; a
    // prepared statement's generic plan with `state = $1` never can.
    f.state && filingStates.includes(f.state) ? sql`${filings.state} = ${sql.raw(`'${f.state}'`)}` : undefined,
    f.kind ? eq(filings.kind, f.kind) : undefined,
    f.month ? eq(filings.month, f.month) : undefined,
  ].filter((x): x is SQL => !!x);
}

/** 个人中心: the unit's own filings, newest first. */
export function listUnitFilings(db: Db, unitId: string, f: FilingFilter) {
  return list(db, and(scopeOf({ role: 'unit', unitId }).filings, ...common(f))!, f.page ?? 1);
}

/** The months in which a unit filed something, for the 申办月份 selector. */
export async function unitFilingMonths(db: Db, unitId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ month: filings.month })
    .from(filings)
    .where(scopeOf({ role: 'unit', unitId }).filings)
    .orderBy(desc(filings.month));
  return rows.map((r) => r.month);
}

export type ReviewFilter = FilingFilter & { region?: string; unitName?: string };

export function parseReviewFilter(sp: Record<string, string | string[] | undefined>): ReviewFilter {
  const base = parseFilingFilter(sp);
  const region = typeof sp.region === 'string' && /^\d{2,6}$/.test(sp.region) ? sp.region : undefined;
  const unitName = queryText(sp.unit, 50);
  return { ...base, state: base.state ?? (sp.state === 'all' ? undefined : 'pending'), region, unitName };
}

/** The review queue's condition: only filings whose 业务办理归属地 lies inside the reviewer's scope. */
function reviewWhere(scope: string, f: ReviewFilter): SQL {
  const region = f.region && f.region.startsWith(scope) ? f.region : scope;
  return and(inRegion(filings.regionCode, region), ...common(f), f.unitName ? ilike(units.name, containing(f.unitName)) : undefined)!;
}

/** The review queue, one page. */
export function listReviewFilings(db: Db, scope: string, f: ReviewFilter) {
  return list(db, reviewWhere(scope, f), f.page ?? 1, !!f.unitName);
}

/** The whole review queue for 【导出】, in the list's order, read after a (submittedAt, id) key (kept as text: JS dates drop microseconds). */
export function reviewFilingsAfter(
  db: Db,
  scope: string,
  f: ReviewFilter,
  after: { cursorAt: string; id: string } | null,
  limit: number,
): Promise<(FilingListRow & { cursorAt: string })[]> {
  const key = after ? sql`(${filings.submittedAt}, ${filings.id}) < (${after.cursorAt}::timestamptz, ${after.id}::uuid)` : undefined;
  return db
    .select({ ...listColumns, cursorAt: sql<string>`${filings.submittedAt}::text` })
    .from(filings)
    .innerJoin(units, eq(units.id, filings.unitId))
    .innerJoin(regions, eq(regions.code, filings.regionCode))
    .where(and(reviewWhere(scope, f), key))
    .orderBy(desc(filings.submittedAt), desc(filings.id))
    .limit(limit);
}

export async function countReviewFilings(db: Db, scope: string, f: ReviewFilter): Promise<number> {
  const [{ n }] = await db.select({ n: count() }).from(filings).innerJoin(units, eq(units.id, filings.unitId)).where(reviewWhere(scope, f));
  return n;
}

export type FilingHeader = FilingListRow & { unitId: string; uscc: string; version: number; decidedByName: string | null };

async function header(db: Db, where: SQL): Promise<FilingHeader | null> {
  const [row] = await db
    .select({ ...listColumns, unitId: filings.unitId, uscc: units.uscc, version: filings.version, decidedByName: staff.name })
    .from(filings)
    .innerJoin(units, eq(units.id, filings.unitId))
    .innerJoin(regions, eq(regions.code, filings.regionCode))
    .leftJoin(staff, eq(staff.id, filings.decidedBy))
    .where(where);
  return row ?? null;
}

/** One filing the viewer may see: another unit's, or one outside a reviewer's region, answers null like a missing one. */
export function getFiling(db: Db, viewer: Viewer, id: string) {
  if (!isUuid(id)) return Promise.resolve(null);
  return header(db, filingInScope(viewer, id));
}

/** 办理记录 of a filing the viewer may see (empty otherwise). */
export async function filingHistory(db: Db, viewer: Viewer, filingId: string) {
  if (!isUuid(filingId)) return [];
  return db
    .select({ at: filingEvents.at, action: filingEvents.action, toState: filingEvents.toState, note: filingEvents.note, actorKind: filingEvents.actorKind })
    .from(filingEvents)
    .innerJoin(filings, eq(filings.id, filingEvents.filingId))
    .where(filingInScope(viewer, filingId))
    .orderBy(filingEvents.at, filingEvents.id);
}
