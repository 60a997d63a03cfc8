import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '@/lib/db/client';
import { filings, markedUploads, persons, positions, reportRows } from '@/lib/db/schema';
import { encryptPii, piiHash } from '@/lib/crypto/pii';
import { checkUpload, markErrors, withDbRules, type ParsedRow, type RowError, type UploadFile } from '@/lib/batch';
import { createFiling, type Actor } from '@/lib/filings/commands';
import { UserFacingError } from '@/lib/filings/errors';
import { fileStore, newStorageKey } from '@/lib/storage';
import { birthDateOf, genderOf } from '@/lib/validation';
import { attendanceRules, matchRules, onDutyRules, type ReportCtx } from './db-rules';
import { attendanceSpec, matchSpec, onDutySpec, type AttendanceRow, type MatchRow, type OnDutyRow } from './specs';

/** The three batch reports: their spec with database rules, and the filing kind they become. */
export const REPORTS = {
  match: { spec: withDbRules(matchSpec, matchRules), filingKind: 'match' as const, unit: '人' },
  attendance: { spec: withDbRules(attendanceSpec, attendanceRules), filingKind: 'attendance' as const, unit: '条考勤' },
  'on-duty': { spec: withDbRules(onDutySpec, onDutyRules), filingKind: 'on_duty' as const, unit: '条在岗情况' },
};
export type ReportKind = keyof typeof REPORTS;
export const isReportKind = (k: string): k is ReportKind => k in REPORTS;

/** Both limits are settings (IMPORT_MAX_BYTES, IMPORT_MAX_ROWS). */
export function importLimits() {
  return { maxBytes: Number(process.env.IMPORT_MAX_BYTES || 10 * 1024 * 1024), maxRows: Number(process.env.IMPORT_MAX_ROWS || 20_000) };
}

/** The 业务办理归属地 of the unit's approved 就业见习单位申请: batch filings go to the same bureau. */
export async function unitHomeRegion(db: Db | Tx, unitId: string): Promise<string | null> {
  const [row] = await db
    .select({ region: filings.regionCode })
    .from(filings)
    .where(and(eq(filings.unitId, unitId), eq(filings.kind, 'qualification'), eq(filings.state, 'approved')))
    .orderBy(desc(filings.decidedAt))
    .limit(1);
  return row?.region ?? null;
}

export type ImportOutcome =
  | { ok: true; filingId: string; rows: number }
  | { ok: false; message: string; errors?: RowError[]; errorCount?: number; markedId?: string | null };

const SHOWN_ERRORS = 200;

type AnyRow = MatchRow | AttendanceRow | OnDutyRow;

/** The row as stored: everything but the 身份证号 (kept only as the linked person and a keyed hash). */
function storedData(values: AnyRow): Record<string, unknown> {
  const { idCard: _id, ...rest } = values as AnyRow & { idCard: string };
  void _id;
  return rest;
}

async function ensurePersons(tx: Tx, rows: ParsedRow<MatchRow>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 2000) {
    const part = rows.slice(i, i + 2000);
    await tx
      .insert(persons)
      .values(
        part.map(({ values: v }) => ({
          name: v.name,
          idCardEnc: encryptPii(v.idCard),
          idCardHash: piiHash(v.idCard),
          gender: genderOf(v.idCard),
          birthDate: birthDateOf(v.idCard)!,
          phone: v.mobile,
        })),
      )
      .onConflictDoNothing({ target: persons.idCardHash });
  }
}

/**
 * 【导入】: checks every row (pure rules, then the database rules), and either refuses the file with
 * every error and a marked copy, or stores it as one filing with all its rows in one transaction.
 * A replay of the same submission answers with the filing made the first time.
 */
export async function importReport(db: Db, unit: { id: string }, kind: ReportKind, file: UploadFile, submissionKey: string, actor: Actor): Promise<ImportOutcome> {
  const report = REPORTS[kind];
  const home = await unitHomeRegion(db, unit.id);
  if (!home) return { ok: false, message: '贵单位尚未成为就业见习单位，请先办理【就业见习单位申请】并待审核通过。' };
  const [replayed] = await db
    .select({ id: filings.id, title: filings.title })
    .from(filings)
    .where(and(eq(filings.unitId, unit.id), eq(filings.submissionKey, submissionKey)));
  if (replayed) return { ok: true, filingId: replayed.id, rows: Number(/\d+/.exec(replayed.title)?.[0] ?? 0) };

  const limits = importLimits();
  const ctx: ReportCtx = { db, unitId: unit.id };
  const result = await checkUpload(report.spec, file, ctx as never, { ...limits, maxErrors: Number.POSITIVE_INFINITY });
  if (!result.ok) return { ok: false, message: result.refusal.message };
  if (result.errorCount > 0) {
    let markedId: string | null = null;
    if (result.errorCount <= 50_000) {
      const marked = await markErrors(report.spec, file, result.errors, limits);
      const storageKey = newStorageKey();
      await fileStore().put(storageKey, marked);
      const base = file.fileName.replace(/\.(xlsx|csv)$/i, '');
      const [m] = await db.insert(markedUploads).values({ unitId: unit.id, kind, fileName: `${base}-错误标注.xlsx`, storageKey }).returning({ id: markedUploads.id });
      markedId = m.id;
    }
    return {
      ok: false,
      message: `发现 ${result.errorCount} 处错误，本次未导入任何数据。请按下列提示修改后重新导入。`,
      errors: result.errors.slice(0, SHOWN_ERRORS),
      errorCount: result.errorCount,
      markedId,
    };
  }

  const rows = result.rows as ParsedRow<AnyRow>[];
  const filingId = await db.transaction(async (tx) => {
    // One import per unit at a time: the checks below and the insert see the same world.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${unit.id}))`);
    const again = await report.spec.dbRules!(rows as never, { db: tx, unitId: unit.id } as never);
    if (again.length) throw new UserFacingError(`数据在导入过程中发生了变化：第${again[0].row}行 · ${again[0].column} · ${again[0].message}。请重新导入。`);
    const title = `${rows.length}${report.unit}`;
    const created = await createFiling(tx, { unitId: unit.id, kind: report.filingKind, regionCode: home, title, submissionKey }, actor);
    if (kind === 'match') await ensurePersons(tx, rows as ParsedRow<MatchRow>[]);
    const hashes = [...new Set(rows.map((r) => piiHash((r.values as { idCard: string }).idCard)))];
    const ids = new Map<string, string>();
    for (let i = 0; i < hashes.length; i += 5000) {
      const found = await tx.select({ id: persons.id, hash: persons.idCardHash }).from(persons).where(inArray(persons.idCardHash, hashes.slice(i, i + 5000)));
      for (const f of found) ids.set(f.hash, f.id);
    }
    const postIds = new Map<string, string>();
    if (kind === 'match') {
      const codes = [...new Set((rows as ParsedRow<MatchRow>[]).map((r) => r.values.postCode))];
      const found = await tx.select({ id: positions.id, code: positions.code }).from(positions).where(and(eq(positions.unitId, unit.id), inArray(positions.code, codes)));
      for (const f of found) postIds.set(f.code, f.id);
    }
    for (let i = 0; i < rows.length; i += 2000) {
      await tx.insert(reportRows).values(
        rows.slice(i, i + 2000).map((r) => {
          const v = r.values as AnyRow & { idCard: string; month?: string; postCode?: string };
          const hash = piiHash(v.idCard);
          const personId = ids.get(hash);
          if (!personId) throw new UserFacingError(`第${r.row}行的人员不存在，请重新导入。`);
          return {
            filingId: created.id,
            rowNo: r.row,
            personId,
            idCardHash: hash,
            name: v.name,
            month: v.month ?? null,
            positionId: v.postCode ? (postIds.get(v.postCode) ?? null) : null,
            data: storedData(v),
          };
        }),
      );
    }
    return created.id;
  });
  return { ok: true, filingId, rows: rows.length };
}

/** A marked copy of a refused upload, for the unit that uploaded it. */
export async function markedUploadFor(db: Db, unitId: string, id: string): Promise<{ fileName: string; bytes: Uint8Array } | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const [m] = await db.select({ fileName: markedUploads.fileName, key: markedUploads.storageKey }).from(markedUploads).where(and(eq(markedUploads.id, id), eq(markedUploads.unitId, unitId)));
  const bytes = m && (await fileStore().get(m.key));
  return m && bytes ? { fileName: m.fileName, bytes } : null;
}
