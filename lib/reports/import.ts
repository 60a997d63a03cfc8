import 'server-only';
import { and, desc, eq, gt, inArray, lt, sql } from 'drizzle-orm';
import type { Db, Tx } from '@/lib/db/client';
import { resultRows } from '@/lib/db/rows';
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
import { postgresOf } from '@/lib/db/copy';
import { stageUpload, stagedMatchRules, stagedMonthlyRules, storedData, writeStaged } from './staged';

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

/** The filing an earlier press of the same submission made, answered as that import was (its title is "N人"…). */
async function replayOf(db: Db | Tx, unitId: string, submissionKey: string): Promise<{ ok: true; filingId: string; rows: number } | null> {
  const [f] = await db
    .select({ id: filings.id, title: filings.title })
    .from(filings)
    .where(and(eq(filings.unitId, unitId), eq(filings.submissionKey, submissionKey)));
  return f ? { ok: true, filingId: f.id, rows: Number(/\d+/.exec(f.title)?.[0] ?? 0) } : null;
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
  const replayed = await replayOf(db, unit.id, submissionKey);
  if (replayed) return replayed;

  const limits = importLimits();
  if (postgresOf(db)) return importStaged(db, unit.id, home, kind, file, submissionKey, actor);
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
    // Sorts and hashes over 100,000 rows stay in memory (the default 4 MB spills them to disk).
    await tx.execute(sql`set local work_mem = '64MB'`);
    // The same submission pressed twice at once: the second waited for the first to commit and
    // answers with its filing, before the rules (which would now see those rows as duplicates).
    const again = await replayOf(tx, unit.id, submissionKey);
    if (again) return { errors: null, filingId: again.filingId };
    const errors = await dbRules(rows, { db: tx, unitId: unit.id });
    if (errors.length) return { errors, filingId: null };
    const title = `${rows.length}${report.unit}`;
    const created = await createFiling(tx, { unitId: unit.id, kind, regionCode: home, title, submissionKey }, actor);
    if (kind === 'match') await ensurePersons(tx, rows as ParsedRow<MatchRow>[]);
    const hashes = rows.map((r) => piiHash((r.values as { idCard: string }).idCard));
    const postIds = new Map<string, string>();
    if (kind === 'match') {
      const codes = [...new Set((rows as ParsedRow<MatchRow>[]).map((r) => r.values.postCode))];
      const found = await tx
        .select({ id: positions.id, code: positions.code })
        .from(positions)
        .where(and(eq(positions.unitId, unit.id), inArray(positions.code, codes)));
      for (const f of found) postIds.set(f.code, f.id);
    }
    // Each part of the file goes in as one JSON parameter (V8 writes it natively, PostgreSQL reads
    // it in C): no per-value escaping on our side, no 8 parameters per row. The person is found by
    // the hash in the same statement; every row must find one (the rules and ensurePersons made
    // sure), and the count proves it, else the whole import rolls back.
    for (let i = 0; i < rows.length; i += 25_000) {
      const part = rows.slice(i, i + 25_000);
      const json = JSON.stringify(
        part.map((r, k) => {
          const v = r.values as AnyRow & { idCard: string; month?: string; postCode?: string };
          return { r: r.row, h: hashes[i + k], n: v.name, m: v.month ?? null, p: v.postCode ? (postIds.get(v.postCode) ?? null) : null, d: storedData(v) };
        }),
      );
      const res = await tx.execute(sql`
        with ins as (
          insert into report_rows (filing_id, row_no, person_id, id_card_hash, name, month, position_id, data)
          select ${created.id}::uuid, t.r, p.id, t.h, t.n, t.m, t.p, t.d
          from jsonb_to_recordset(${json}::jsonb) as t(r int, h text, n text, m varchar(7), p uuid, d jsonb)
          join persons p on p.id_card_hash = t.h
          returning 1
        )
        select count(*)::int as n from ins`);
      const [{ n }] = resultRows<{ n: number }>(res);
      if (Number(n) !== part.length) throw new Error(`import: ${part.length - Number(n)} rows found no person`);
    }
    return { errors: null, filingId: created.id };
  });
  if (out.errors) return refuse(db, unit.id, kind, file, out.errors);
  return { ok: true, filingId: out.filingId!, rows: rows.length };
}

/**
 * importReport on PostgreSQL: the same checks, messages and single transaction, but the file is
 * read straight into a temporary table (COPY) under the unit's lock, the database rules are joins
 * against it, and the rows go in from it; no copy of the rows is kept in memory.
 */
async function importStaged(
  db: Db,
  unitId: string,
  home: string,
  kind: ReportKind,
  file: UploadFile,
  submissionKey: string,
  actor: Actor,
): Promise<ImportOutcome> {
  const report = REPORTS[kind];
  const out = await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${unitId}))`);
    await tx.execute(sql`set local work_mem = '64MB'`);
    // The same submission pressed twice at once: the second waited for the first to commit.
    const again = await replayOf(tx, unitId, submissionKey);
    if (again) return again;
    const staged = await stageUpload(tx, postgresOf(tx)!, kind, report.spec, file, { ...importLimits(), maxErrors: Number.POSITIVE_INFINITY });
    if (!staged.ok) return { ok: false as const, message: staged.refusal.message };
    const dbErrors = kind === 'match' ? await stagedMatchRules(tx, unitId) : await stagedMonthlyRules(tx, kind, unitId);
    if (staged.errorCount || dbErrors.length) return { errors: [...staged.errors, ...dbErrors] };
    const created = await createFiling(tx, { unitId, kind, regionCode: home, title: `${staged.staged}${report.unit}`, submissionKey }, actor);
    await writeStaged(tx, kind, unitId, created.id, staged.staged);
    return { ok: true as const, filingId: created.id, rows: staged.staged };
  });
  return 'errors' in out && out.errors ? refuse(db, unitId, kind, file, out.errors) : (out as ImportOutcome);
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
