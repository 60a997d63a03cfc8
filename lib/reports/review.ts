import 'server-only';
import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '@/lib/db/client';
import { filings, internships, persons, positions, reportRows } from '@/lib/db/schema';
import type { DecidedFiling } from '@/lib/filings/commands';
import { filingInScope, scopeOf } from '@/lib/access/scope';
import type { Viewer } from '@/lib/access/viewer';
import type { DetailSection } from '@/lib/filings/detail';
import { UserFacingError } from '@/lib/errors';
import { decryptPii } from '@/lib/crypto/pii';
import { isUuid, maskIdCard } from '@/lib/validation';

const SHOWN = 200;

/** The loaders below read rows by filing id: they first make sure the viewer may see that filing. */
async function inScope(db: Db, viewer: Viewer, filingId: string): Promise<boolean> {
  if (!isUuid(filingId)) return false;
  const [f] = await db.select({ id: filings.id }).from(filings).where(filingInScope(viewer, filingId));
  return !!f;
}

type Stored = Record<string, string | number | null>;

/** Free places of the positions a match filing names, now. */
async function capacity(db: Db | Tx, filingId: string) {
  const rows = await db
    .select({ positionId: reportRows.positionId, n: count() })
    .from(reportRows)
    .where(eq(reportRows.filingId, filingId))
    .groupBy(reportRows.positionId);
  const ids = rows.map((r) => r.positionId).filter((x): x is string => !!x);
  if (!ids.length) return [];
  const posts = await db
    .select({ id: positions.id, code: positions.code, title: positions.title, headcount: positions.headcount })
    .from(positions)
    .where(inArray(positions.id, ids));
  const taken = await db
    .select({ positionId: internships.positionId, n: count() })
    .from(internships)
    .where(and(inArray(internships.positionId, ids), inArray(internships.status, ['active', 'retained'])))
    .groupBy(internships.positionId);
  return posts.map((p) => ({
    ...p,
    wanted: Number(rows.find((r) => r.positionId === p.id)?.n ?? 0),
    taken: Number(taken.find((t) => t.positionId === p.id)?.n ?? 0),
  }));
}

/** Re-checked when a reviewer opens a waiting match filing: a position may have filled meanwhile. */
export async function matchWarnings(db: Db, filingId: string, viewer: Viewer): Promise<string[]> {
  if (!(await inScope(db, viewer, filingId))) return [];
  return (await capacity(db, filingId))
    .filter((p) => p.taken + p.wanted > p.headcount)
    .map((p) => `岗位“${p.title}”（${p.code}）见习人数${p.headcount}人，已有${p.taken}人在岗，本申报又报${p.wanted}人，超出名额。`);
}

/** Approving a match filing makes each row an internship (见习人员), if the places are still free. */
export async function approveMatch(tx: Tx, filing: DecidedFiling): Promise<void> {
  const full = (await capacity(tx, filing.id)).filter((p) => p.taken + p.wanted > p.headcount);
  if (full.length) throw new UserFacingError(`岗位“${full[0].title}”（${full[0].code}）名额已满，不能审核通过；请审核不通过并说明原因。`);
  const rows = await tx
    .select({ personId: reportRows.personId, positionId: reportRows.positionId, data: reportRows.data })
    .from(reportRows)
    .where(eq(reportRows.filingId, filing.id));
  for (let i = 0; i < rows.length; i += 2000) {
    await tx.insert(internships).values(
      rows.slice(i, i + 2000).map((r) => {
        const d = r.data as Stored;
        return {
          personId: r.personId,
          unitId: filing.unitId,
          positionId: r.positionId!,
          matchFilingId: filing.id,
          category: String(d.category),
          agreementDate: String(d.agreementDate),
          startDate: String(d.startDate),
          endDate: String(d.endDate),
        };
      }),
    );
  }
}

const STATUS_EFFECT: Record<string, 'ended_early' | 'retained' | 'completed' | undefined> = {
  提前终止: 'ended_early',
  期满留用: 'retained',
  期满离开: 'completed',
};

/** Approving an on-duty filing applies early ends and retentions to the internships. */
export async function approveOnDuty(tx: Tx, filing: DecidedFiling): Promise<void> {
  const rows = await tx.select({ personId: reportRows.personId, data: reportRows.data }).from(reportRows).where(eq(reportRows.filingId, filing.id));
  for (const r of rows) {
    const d = r.data as Stored;
    const status = STATUS_EFFECT[String(d.status)];
    if (!status) continue;
    await tx
      .update(internships)
      .set({ status, statusDate: d.changeDate ? String(d.changeDate) : null })
      .where(and(eq(internships.personId, r.personId), eq(internships.unitId, filing.unitId), eq(internships.status, 'active')));
  }
}

function fmt(v: unknown, key: string): string {
  if (v === null || v === undefined) return '';
  if (key === 'allowance' && typeof v === 'number') return (v / 100).toFixed(2);
  return String(v);
}

/** The rows of a batch filing (ID numbers masked for everyone: reviewers check against the person's record). */
export function batchDetails(spec: { columns: readonly { key: string; header: string }[] }) {
  return async (db: Db, filingId: string, viewer: Viewer): Promise<DetailSection[]> => {
    if (!(await inScope(db, viewer, filingId))) return [];
    const [{ n }] = await db.select({ n: count() }).from(reportRows).where(eq(reportRows.filingId, filingId));
    const rows = await db
      .select({ rowNo: reportRows.rowNo, data: reportRows.data, idEnc: persons.idCardEnc, code: positions.code })
      .from(reportRows)
      .innerJoin(persons, eq(persons.id, reportRows.personId))
      .leftJoin(positions, eq(positions.id, reportRows.positionId))
      .where(eq(reportRows.filingId, filingId))
      .orderBy(asc(reportRows.rowNo))
      .limit(SHOWN);
    const cols = spec.columns;
    return [
      {
        type: 'table',
        title: `上报明细（共${n}条）`,
        columns: ['行号', ...cols.map((c) => c.header)],
        rows: rows.map((r) => [
          String(r.rowNo),
          ...cols.map((c) => (c.key === 'idCard' ? maskIdCard(decryptPii(r.idEnc)) : fmt((r.data as Stored)[c.key], c.key))),
        ]),
        note: Number(n) > SHOWN ? `仅显示前${SHOWN}条。` : undefined,
      },
    ];
  };
}

export type InternView = {
  id: string;
  name: string;
  idMasked: string;
  positionCode: string;
  positionTitle: string;
  startDate: string;
  endDate: string;
  status: string;
  monthsReported: number;
};

const STATUS_LABEL = { active: '在岗', ended_early: '提前终止', retained: '期满留用', completed: '期满离开' } as const;

/** 见习人员 of one unit, with how many months of attendance have been approved for each. */
export async function unitInterns(db: Db, unitId: string): Promise<InternView[]> {
  const rows = await db
    .select({
      id: internships.id,
      personId: internships.personId,
      name: persons.name,
      idEnc: persons.idCardEnc,
      code: positions.code,
      title: positions.title,
      start: internships.startDate,
      end: internships.endDate,
      status: internships.status,
      months: sql<number>`(select count(distinct r.month)::int from report_rows r join filings f on f.id = r.filing_id where f.kind = 'attendance' and f.state = 'approved' and f.unit_id = ${unitId} and r.person_id = ${internships.personId})`,
    })
    .from(internships)
    .innerJoin(persons, eq(persons.id, internships.personId))
    .innerJoin(positions, eq(positions.id, internships.positionId))
    .where(scopeOf({ role: 'unit', unitId }).internships)
    .orderBy(asc(internships.startDate), asc(persons.name))
    .limit(2000);
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    idMasked: maskIdCard(decryptPii(r.idEnc)),
    positionCode: r.code,
    positionTitle: r.title,
    startDate: r.start,
    endDate: r.end,
    status: STATUS_LABEL[r.status],
    monthsReported: Number(r.months),
  }));
}

/** Open positions' codes of a unit, for the template's 岗位编号 drop-down. */
export async function unitPostCodes(db: Db, unitId: string): Promise<string[]> {
  const rows = await db
    .select({ code: positions.code })
    .from(positions)
    .where(and(eq(positions.unitId, unitId), eq(positions.status, 'open')))
    .orderBy(asc(positions.code));
  return rows.map((r) => r.code);
}
