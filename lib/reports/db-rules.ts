import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '@/lib/db/client';
import { filings, internships, persons, positions, reportRows } from '@/lib/db/schema';
import { piiHash } from '@/lib/crypto/pii';
import { headerOf, type ParsedRow, type RowError } from '@/lib/batch';
import { lastDayOfMonth } from '@/lib/batch/normalize';
import { attendanceSpec, matchSpec, onDutySpec, type AttendanceRow, type MatchRow, type OnDutyRow } from './specs';

/** What the database rules need: where to read (inside the commit's transaction, or not) and whose rows these are. */
export type ReportCtx = { db: Db | Tx; unitId: string };

const LIVE = ['pending', 'approved'] as const;

async function personIdsByHash(db: Db | Tx, hashes: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const part of chunks(hashes)) {
    const rows = await db.select({ id: persons.id, hash: persons.idCardHash }).from(persons).where(inArray(persons.idCardHash, part));
    for (const r of rows) out.set(r.hash, r.id);
  }
  return out;
}

/** In chunks, so that 100,000 rows never make one statement with too many parameters. */
function chunks<T>(items: T[], size = 5000): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
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
  for (const part of chunks(ids)) {
    const current = await ctx.db
      .select({ personId: internships.personId, start: internships.startDate, end: internships.endDate, unitId: internships.unitId })
      .from(internships)
      .where(and(inArray(internships.personId, part), inArray(internships.status, ['active'])));
    for (const c of current) busy.set(c.personId, { start: c.start, end: c.end, ours: c.unitId === ctx.unitId });
  }
  const waitingPersons = new Set<string>();
  for (const part of chunks([...new Set(hashes)])) {
    const w = await ctx.db
      .select({ hash: reportRows.idCardHash })
      .from(reportRows)
      .innerJoin(filings, eq(filings.id, reportRows.filingId))
      .where(and(inArray(reportRows.idCardHash, part), eq(filings.kind, 'match'), eq(filings.state, 'pending')));
    for (const x of w) waitingPersons.add(x.hash);
  }

  const H = (k: keyof MatchRow & string) => headerOf(matchSpec, k);
  rows.forEach((r, i) => {
    const v = r.values;
    const post = byCode.get(v.postCode);
    if (!post) {
      errors.push({
        row: r.row,
        column: H('postCode'),
        message: `岗位编号“${v.postCode}”不是本单位的见习岗位`,
        fix: '请从模板的下拉列表中选择本单位审核通过的岗位编号',
      });
    } else if (post.status === 'pending') {
      errors.push({
        row: r.row,
        column: H('postCode'),
        message: `岗位“${post.title}”（${post.code}）尚未审核通过`,
        fix: '请待岗位申请审核通过后再上报匹配结果',
      });
    } else {
      const n = (used.get(post.id) ?? 0) + 1;
      used.set(post.id, n);
      if (n > post.headcount) {
        errors.push({
          row: r.row,
          column: H('postCode'),
          message: `岗位“${post.title}”（${post.code}）见习人数为${post.headcount}人，已满`,
          fix: '请改报其他有空余名额的岗位，或先申请增加见习人数',
        });
      }
    }
    const pid = personIds.get(hashes[i]);
    const b = pid ? busy.get(pid) : undefined;
    // Another unit's internship is named without its dates: a refusal must not reveal where someone interns.
    if (b && b.end >= v.startDate) {
      errors.push(
        b.ours
          ? {
              row: r.row,
              column: H('idCard'),
              message: `该人员正在本单位见习中（${b.start}至${b.end}），同一时间只能参加一个见习`,
              fix: '请核对身份证号；如原见习已提前终止，请先上报在岗情况',
            }
          : {
              row: r.row,
              column: H('idCard'),
              message: '该人员与已有的见习时间冲突，同一时间只能参加一个见习',
              fix: '请核对身份证号；如有疑问请联系业务办理归属地的人社部门',
            },
      );
    } else if (waitingPersons.has(hashes[i])) {
      errors.push({
        row: r.row,
        column: H('idCard'),
        message: '该人员已在另一条待审核的见习匹配结果申报中',
        fix: '请核对身份证号；如有疑问请联系业务办理归属地的人社部门',
      });
    }
  });
  return errors;
}

type MonthRow = { idCard: string; month: string };

/**
 * 考勤 and 在岗情况: the person has an approved internship of this unit covering the month, and
 * has no row for the same month in an earlier waiting or approved filing of the same kind.
 */
async function monthlyRules<R extends MonthRow>(
  kind: 'attendance' | 'on_duty',
  rows: ParsedRow<R>[],
  ctx: ReportCtx,
  idHeader: string,
  monthHeader: string,
): Promise<RowError[]> {
  const hashes = rows.map((r) => piiHash(r.values.idCard));
  const personIds = await personIdsByHash(ctx.db, [...new Set(hashes)]);
  const spans = new Map<string, { start: string; end: string; status: string; statusDate: string | null }[]>();
  for (const part of chunks([...personIds.values()])) {
    const list = await ctx.db
      .select({
        personId: internships.personId,
        start: internships.startDate,
        end: internships.endDate,
        status: internships.status,
        statusDate: internships.statusDate,
      })
      .from(internships)
      .where(and(inArray(internships.personId, part), eq(internships.unitId, ctx.unitId)));
    for (const s of list) spans.set(s.personId, [...(spans.get(s.personId) ?? []), s]);
  }
  const taken = new Set<string>();
  for (const part of chunks([...new Set(hashes)])) {
    const earlier = await ctx.db
      .select({ hash: reportRows.idCardHash, month: reportRows.month })
      .from(reportRows)
      .innerJoin(filings, eq(filings.id, reportRows.filingId))
      .where(and(inArray(reportRows.idCardHash, part), eq(filings.kind, kind), inArray(filings.state, [...LIVE])));
    for (const e of earlier) taken.add(`${e.hash}|${e.month}`);
  }
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
    if (!covering) {
      errors.push({
        row: r.row,
        column: idHeader,
        message: `${month}该人员没有本单位审核通过的见习（见习期须覆盖该月）`,
        fix: '请核对身份证号和月份；新见习人员请先上报见习匹配结果并待审核通过',
      });
    } else if (taken.has(`${hashes[i]}|${month}`)) {
      errors.push({
        row: r.row,
        column: monthHeader,
        message: `该人员${month}的记录已在之前的申报中上报过`,
        fix: '同一人员每月只上报一次；如需更正，请撤回原申报后重新导入',
      });
    }
  });
  return errors;
}

export const attendanceRules = (rows: ParsedRow<AttendanceRow>[], ctx: ReportCtx) =>
  monthlyRules('attendance', rows, ctx, headerOf(attendanceSpec, 'idCard'), headerOf(attendanceSpec, 'month'));

export const onDutyRules = (rows: ParsedRow<OnDutyRow>[], ctx: ReportCtx) =>
  monthlyRules('on_duty', rows, ctx, headerOf(onDutySpec, 'idCard'), headerOf(onDutySpec, 'month'));
