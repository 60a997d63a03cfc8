import 'server-only';
import { and, eq, inArray, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { Db, Tx } from '@/lib/db/client';
import { filings, internships, persons, positions, reportRows } from '@/lib/db/schema';
import { piiHash } from '@/lib/crypto/pii';
import type { ParsedRow, RowError } from '@/lib/batch';
import { lastDayOfMonth } from '@/lib/batch/normalize';
import { matchErrors, monthlyErrors } from './rule-errors';
import type { AttendanceRow, MatchRow, OnDutyRow } from './specs';

/** What the database rules need: where to read (inside the commit's transaction, or not) and whose rows these are. */
export type ReportCtx = { db: Db | Tx; unitId: string };

const LIVE = ['pending', 'approved'] as const;

/**
 * `column = any($1::type[])`: the whole list as one array parameter. 100,000 people make one
 * statement with one parameter instead of twenty with 5,000 each (and no query text to build).
 */
function anyOf(column: SQLWrapper, values: string[], type: 'text' | 'uuid'): SQL {
  return sql`${column} = any(${sql.param(values)}::${sql.raw(type)}[])`;
}

async function personIdsByHash(db: Db | Tx, hashes: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (!hashes.length) return out;
  const rows = await db
    .select({ id: persons.id, hash: persons.idCardHash })
    .from(persons)
    .where(anyOf(persons.idCardHash, hashes, 'text'));
  for (const r of rows) out.set(r.hash, r.id);
  return out;
}

/**
 * 见习匹配结果: the position is this unit's, approved, with free places (counting earlier rows of
 * the file and waiting filings); the person is not in another internship at the same time, nor in
 * another waiting match filing.
 */
export async function matchRules(rows: ParsedRow<MatchRow>[], ctx: ReportCtx): Promise<RowError[]> {
  const errors: RowError[] = [];
  const codes = [...new Set(rows.map((r) => r.values.postCode))];
  const posts = codes.length
    ? await ctx.db
        .select({ id: positions.id, code: positions.code, status: positions.status, headcount: positions.headcount, title: positions.title })
        .from(positions)
        .where(and(eq(positions.unitId, ctx.unitId), inArray(positions.code, codes)))
    : [];
  const byCode = new Map(posts.map((p) => [p.code, p]));
  const postIds = posts.map((p) => p.id);
  const used = new Map<string, number>();
  if (postIds.length) {
    const interns = await ctx.db
      .select({ positionId: internships.positionId, n: sql<number>`count(*)::int` })
      .from(internships)
      .where(and(inArray(internships.positionId, postIds), inArray(internships.status, ['active', 'retained'])))
      .groupBy(internships.positionId);
    const waiting = await ctx.db
      .select({ positionId: reportRows.positionId, n: sql<number>`count(*)::int` })
      .from(reportRows)
      .innerJoin(filings, eq(filings.id, reportRows.filingId))
      .where(and(inArray(reportRows.positionId, postIds), eq(filings.kind, 'match'), eq(filings.state, 'pending')))
      .groupBy(reportRows.positionId);
    for (const r of [...interns, ...waiting]) if (r.positionId) used.set(r.positionId, (used.get(r.positionId) ?? 0) + Number(r.n));
  }

  const hashes = rows.map((r) => piiHash(r.values.idCard));
  const personIds = await personIdsByHash(ctx.db, [...new Set(hashes)]);
  const busy = new Map<string, { start: string; end: string; ours: boolean }>();
  const ids = [...personIds.values()];
  if (ids.length) {
    const current = await ctx.db
      .select({ personId: internships.personId, start: internships.startDate, end: internships.endDate, unitId: internships.unitId })
      .from(internships)
      .where(and(anyOf(internships.personId, ids, 'uuid'), inArray(internships.status, ['active'])));
    for (const c of current) busy.set(c.personId, { start: c.start, end: c.end, ours: c.unitId === ctx.unitId });
  }
  const waitingPersons = new Set<string>();
  const w = await ctx.db
    .select({ hash: reportRows.idCardHash })
    .from(reportRows)
    .innerJoin(filings, eq(filings.id, reportRows.filingId))
    .where(and(anyOf(reportRows.idCardHash, [...new Set(hashes)], 'text'), eq(filings.kind, 'match'), eq(filings.state, 'pending')));
  for (const x of w) waitingPersons.add(x.hash);

  rows.forEach((r, i) => {
    const v = r.values;
    const post = byCode.get(v.postCode);
    if (!post) {
      errors.push(matchErrors.notOurPost(r.row, v.postCode));
    } else if (post.status === 'pending') {
      errors.push(matchErrors.postPending(r.row, post));
    } else {
      const n = (used.get(post.id) ?? 0) + 1;
      used.set(post.id, n);
      if (n > post.headcount) errors.push(matchErrors.postFull(r.row, post));
    }
    const pid = personIds.get(hashes[i]);
    const b = pid ? busy.get(pid) : undefined;
    if (b && b.end >= v.startDate) errors.push(b.ours ? matchErrors.busyHere(r.row, b.start, b.end) : matchErrors.busyElsewhere(r.row));
    else if (waitingPersons.has(hashes[i])) errors.push(matchErrors.waiting(r.row));
  });
  return errors;
}

type MonthRow = { idCard: string; month: string };

/**
 * 考勤 and 在岗情况: the person has an approved internship of this unit covering the month, and
 * has no row for the same month in an earlier waiting or approved filing of the same kind.
 */
async function monthlyRules<R extends MonthRow>(kind: 'attendance' | 'on_duty', rows: ParsedRow<R>[], ctx: ReportCtx): Promise<RowError[]> {
  const hashes = rows.map((r) => piiHash(r.values.idCard));
  const personIds = await personIdsByHash(ctx.db, [...new Set(hashes)]);
  const spans = new Map<string, { start: string; end: string; status: string; statusDate: string | null }[]>();
  const ids = [...personIds.values()];
  if (ids.length) {
    const list = await ctx.db
      .select({
        personId: internships.personId,
        start: internships.startDate,
        end: internships.endDate,
        status: internships.status,
        statusDate: internships.statusDate,
      })
      .from(internships)
      .where(and(eq(internships.unitId, ctx.unitId), anyOf(internships.personId, ids, 'uuid')));
    for (const s of list) spans.set(s.personId, [...(spans.get(s.personId) ?? []), s]);
  }
  const taken = new Set<string>();
  const earlier = await ctx.db
    .select({ hash: reportRows.idCardHash, month: reportRows.month })
    .from(reportRows)
    .innerJoin(filings, eq(filings.id, reportRows.filingId))
    .where(and(anyOf(reportRows.idCardHash, [...new Set(hashes)], 'text'), eq(filings.kind, kind), inArray(filings.state, [...LIVE])));
  for (const e of earlier) taken.add(`${e.hash}|${e.month}`);
  const errors: RowError[] = [];
  rows.forEach((r, i) => {
    const { month } = r.values;
    const first = `${month}-01`;
    const last = lastDayOfMonth(month);
    const pid = personIds.get(hashes[i]);
    const covering = (pid ? (spans.get(pid) ?? []) : []).some((s) => {
      const end = s.status === 'ended_early' && s.statusDate ? s.statusDate : s.end;
      return s.start <= last && end >= first;
    });
    if (!covering) errors.push(monthlyErrors.notCovered(kind, r.row, month));
    else if (taken.has(`${hashes[i]}|${month}`)) errors.push(monthlyErrors.alreadyReported(kind, r.row, month));
  });
  return errors;
}

export const attendanceRules = (rows: ParsedRow<AttendanceRow>[], ctx: ReportCtx) => monthlyRules('attendance', rows, ctx);

export const onDutyRules = (rows: ParsedRow<OnDutyRow>[], ctx: ReportCtx) => monthlyRules('on_duty', rows, ctx);
