import 'server-only';
import { and, desc, eq, gt, inArray, lt, sql } from 'drizzle-orm';
import type { Db, Tx } from '@/lib/db/client';
import { filings, markedUploads, persons, positions, type FilingKind } from '@/lib/db/schema';
import { encryptPii, piiHash } from '@/lib/crypto/pii';
import { markErrors, parseUpload, withDbRules, type ParsedRow, type RowError, type UploadFile } from '@/lib/batch';
import { createFiling, type Actor } from '@/lib/filings/commands';
import { fileStore, newStorageKey } from '@/lib/storage';
import { birthDateOf, genderOf, isUuid } from '@/lib/validation';
import { attendanceRules, matchRules, onDutyRules, type ReportCtx } from './db-rules';
import { unitPostCodes } from './review';
import { attendanceSpec, matchSpec, onDutySpec, type AttendanceRow, type MatchRow, type OnDutyRow } from './specs';
import { env } from '@/lib/env';

/**
 * The three batch reports, by the filing kind they become: their spec with database rules, the
 * word for a row in the filing's title, and the template's drop-down lists for a unit.
 */
export const REPORTS = {
  match: {
    spec: withDbRules(matchSpec, matchRules),
    unit: '人',
    templateLists: async (db: Db, unitId: string) => ({ postCodes: await unitPostCodes(db, unitId) }),
  },
  attendance: { spec: withDbRules(attendanceSpec, attendanceRules), unit: '条考勤', templateLists: null },
  on_duty: { spec: withDbRules(onDutySpec, onDutyRules), unit: '条在岗情况', templateLists: null },
} satisfies Partial<Record<FilingKind, unknown>>;
export type ReportKind = keyof typeof REPORTS;
export type Report = (typeof REPORTS)[ReportKind];

/** Both limits are settings (IMPORT_MAX_BYTES, IMPORT_MAX_ROWS). */
export function importLimits() {
  return { maxBytes: env().IMPORT_MAX_BYTES, maxRows: env().IMPORT_MAX_ROWS };
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
  { ok: true; filingId: string; rows: number } | { ok: false; message: string; errors?: RowError[]; errorCount?: number; markedId?: string | null };

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
export async function importReport(
  db: Db,
  unit: { id: string },
  kind: ReportKind,
  file: UploadFile,
  submissionKey: string,
  actor: Actor,
): Promise<ImportOutcome> {
  const report = REPORTS[kind];
  const home = await unitHomeRegion(db, unit.id);
  if (!home) return { ok: false, message: '贵单位尚未成为就业见习单位，请先办理【就业见习单位申请】并待审核通过。' };
  const [replayed] = await db
    .select({ id: filings.id, title: filings.title })
    .from(filings)
    .where(and(eq(filings.unitId, unit.id), eq(filings.submissionKey, submissionKey)));
  if (replayed) return { ok: true, filingId: replayed.id, rows: Number(/\d+/.exec(replayed.title)?.[0] ?? 0) };

  const limits = importLimits();
  const parsed = await parseUpload(report.spec, file, { ...limits, maxErrors: Number.POSITIVE_INFINITY });
  if (!parsed.ok) return { ok: false, message: parsed.refusal.message };
  const rows = parsed.rows as ParsedRow<AnyRow>[];
  const dbRules = report.spec.dbRules! as unknown as (rows: ParsedRow<AnyRow>[], ctx: ReportCtx) => Promise<RowError[]>;

  if (parsed.errorCount > 0) {
    // Every error at once: the database rules also run on the rows that passed the pure checks.
    const errors = [...parsed.errors, ...(await dbRules(rows, { db, unitId: unit.id }))];
    return refuse(db, unit.id, kind, file, errors);
  }

  // The database rules run once, inside the transaction that writes, under a per-unit lock: what
  // they check cannot change before the rows are in.
  const out = await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${unit.id}))`);
    // The same submission pressed twice at once: the second waited for the first to commit and
    // answers with its filing, before the rules (which would now see those rows as duplicates).
    const [again] = await tx
      .select({ id: filings.id })
      .from(filings)
      .where(and(eq(filings.unitId, unit.id), eq(filings.submissionKey, submissionKey)));
    if (again) return { errors: null, filingId: again.id };
    const errors = await dbRules(rows, { db: tx, unitId: unit.id });
    if (errors.length) return { errors, filingId: null };
    const title = `${rows.length}${report.unit}`;
    const created = await createFiling(tx, { unitId: unit.id, kind, regionCode: home, title, submissionKey }, actor);
    if (kind === 'match') await ensurePersons(tx, rows as ParsedRow<MatchRow>[]);
    const hashes = rows.map((r) => piiHash((r.values as { idCard: string }).idCard));
    const ids = new Map<string, string>();
    const distinct = [...new Set(hashes)];
    for (let i = 0; i < distinct.length; i += 5000) {
      const found = await tx
        .select({ id: persons.id, hash: persons.idCardHash })
        .from(persons)
        .where(inArray(persons.idCardHash, distinct.slice(i, i + 5000)));
      for (const f of found) ids.set(f.hash, f.id);
    }
    const postIds = new Map<string, string>();
    if (kind === 'match') {
      const codes = [...new Set((rows as ParsedRow<MatchRow>[]).map((r) => r.values.postCode))];
      const found = await tx
        .select({ id: positions.id, code: positions.code })
        .from(positions)
        .where(and(eq(positions.unitId, unit.id), inArray(positions.code, codes)));
      for (const f of found) postIds.set(f.code, f.id);
    }
    // Column arrays through unnest: one statement per 10,000 rows instead of 8 parameters per row.
    for (let i = 0; i < rows.length; i += 10_000) {
      const part = rows.slice(i, i + 10_000);
      const v = part.map((r) => r.values as AnyRow & { idCard: string; month?: string; postCode?: string });
      const h = hashes.slice(i, i + 10_000);
      await tx.execute(sql`
        insert into report_rows (filing_id, row_no, person_id, id_card_hash, name, month, position_id, data)
        select ${created.id}::uuid, t.row_no, t.person_id, t.hash, t.name, t.month, t.position_id, t.data::jsonb
        from unnest(
          ${sql.param(part.map((r) => r.row))}::int[],
          ${sql.param(h.map((x) => ids.get(x)!))}::uuid[],
          ${sql.param(h)}::text[],
          ${sql.param(v.map((x) => x.name))}::text[],
          ${sql.param(v.map((x) => x.month ?? null))}::varchar[],
          ${sql.param(v.map((x) => (x.postCode ? (postIds.get(x.postCode) ?? null) : null)))}::uuid[],
          ${sql.param(v.map((x) => JSON.stringify(storedData(x))))}::text[]
        ) as t(row_no, person_id, hash, name, month, position_id, data)`);
    }
    return { errors: null, filingId: created.id };
  });
  if (out.errors) return refuse(db, unit.id, kind, file, out.errors);
  return { ok: true, filingId: out.filingId!, rows: rows.length };
}

/** Marked copies hold the uploaded 身份证号 in clear: they are removed after a day. */
export async function cleanupMarkedUploads(db: Db): Promise<number> {
  const old = await db
    .delete(markedUploads)
    .where(lt(markedUploads.createdAt, sql`now() - interval '1 day'`))
    .returning({ key: markedUploads.storageKey });
  for (const m of old) await fileStore().remove(m.key);
  return old.length;
}

/** Refuses a file: every error (sorted by row), and a copy of the workbook with the wrong cells marked. */
async function refuse(db: Db, unitId: string, kind: ReportKind, file: UploadFile, all: RowError[]): Promise<ImportOutcome> {
  const errors = [...all].sort((a, b) => a.row - b.row);
  await cleanupMarkedUploads(db);
  let markedId: string | null = null;
  if (errors.length <= 50_000) {
    const marked = await markErrors(REPORTS[kind].spec, file, errors, importLimits());
    const storageKey = newStorageKey();
    await fileStore().put(storageKey, marked);
    const base = file.fileName.replace(/\.(xlsx|csv)$/i, '');
    const [m] = await db
      .insert(markedUploads)
      .values({ unitId, kind, fileName: `${base}-错误标注.xlsx`, storageKey })
      .returning({ id: markedUploads.id });
    markedId = m.id;
  }
  return {
    ok: false,
    message: `发现 ${errors.length} 处错误，本次未导入任何数据。请按下列提示修改后重新导入。`,
    errors: errors.slice(0, SHOWN_ERRORS),
    errorCount: errors.length,
    markedId,
  };
}

/** A marked copy of a refused upload, for the unit that uploaded it, for one day. */
export async function markedUploadFor(db: Db, unitId: string, id: string): Promise<{ fileName: string; bytes: Uint8Array } | null> {
  if (!isUuid(id)) return null;
  const [m] = await db
    .select({ fileName: markedUploads.fileName, key: markedUploads.storageKey })
    .from(markedUploads)
    .where(and(eq(markedUploads.id, id), eq(markedUploads.unitId, unitId), gt(markedUploads.createdAt, sql`now() - interval '1 day'`)));
  const bytes = m && (await fileStore().get(m.key));
  return m && bytes ? { fileName: m.fileName, bytes } : null;
}
