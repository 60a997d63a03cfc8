import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { count, eq, sql } from 'drizzle-orm';
import { filings, internships, markedUploads, persons, positions, reportRows, units } from '@/lib/db/schema';
import { encryptPii, piiHash } from '@/lib/crypto/pii';
import { seed } from '@/scripts/seed';
import { DEMO_UNITS } from '@/scripts/seed/demo-accounts';
import { createFiling, decideFiling, withdrawFiling } from '@/lib/filings/commands';
import { decide } from '@/lib/review/decide';
import { LocalStore, setFileStore } from '@/lib/storage';
import { csvOf, matchRow, attendanceRow, onDutyRow, table, validId, xlsxOf, type Cell } from '@/lib/test/batch-files';
import { freshTestDb, type TestDb } from '@/lib/test/db';
import { attendanceRules } from './db-rules';
import { cleanupMarkedUploads, importReport, markedUploadFor } from './import';
import type { AttendanceRow } from './specs';

const attendanceRowValues = (i: number): AttendanceRow => ({
  name: `人员${i}`,
  idCard: '',
  month: '2026-03',
  dueDays: 22,
  presentDays: 22,
  leaveDays: 0,
  absentDays: 0,
  note: null,
});
import { unitInterns } from './review';

let t: TestDb;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'jx-import-'));
const [A, B] = DEMO_UNITS;
const REVIEWER = { id: '00000000-0000-4000-8000-000000000301', region: '140105' };
const actor = { kind: 'unit' as const, id: A.id, ip: '10.0.0.1' };
const CODE = 'GWIMPORT0001';

async function approvedFiling(unitId: string, kind: 'qualification' | 'position') {
  const f = await createFiling(t.db, { unitId, kind, regionCode: '140105', title: kind, submissionKey: randomUUID() }, actor);
  await decideFiling(
    t.db,
    { filingId: f.id, expectedVersion: 0, decision: 'approved', note: null, staffId: REVIEWER.id, scope: '14', ip: 'x' },
    async () => {},
  );
  return f.id;
}

async function addPosition(unitId: string, code: string, headcount: number) {
  const filingId = await approvedFiling(unitId, 'position');
  await t.db.insert(positions).values({
    code,
    filingId,
    unitId,
    status: 'open',
    title: `测试岗位${code}`,
    category: '技术',
    headcount,
    education: '大学本科',
    major: '不限',
    months: 6,
    allowanceFen: 215000,
    minWageFen: 215000,
    cityCode: '1401',
    countyCode: '140105',
    address: '小店区',
    duties: '职责',
    requirements: '要求',
    contactName: '李娜',
    contactPhone: '13935100001',
    deadline: '2027-12-31',
    publishedAt: new Date(),
  });
}

const xlsx = (rows: Record<string, Cell>[]) => xlsxOf([{ name: '见习匹配结果', rows: table(rows), textColumns: [2, 3] }]);
const file = async (rows: Record<string, Cell>[]) => ({ fileName: 'match.xlsx', bytes: await xlsx(rows) });
const withCode = (n: number) => ({ ...matchRow(n), 岗位编号: CODE });

before(async () => {
  t = await freshTestDb();
  await seed(t.db, { demo: true });
  setFileStore(new LocalStore(tmp));
  await approvedFiling(A.id, 'qualification');
  await addPosition(A.id, CODE, 3);
  await addPosition(B.id, 'GWOTHER00001', 5);
});
after(async () => {
  setFileStore(null);
  fs.rmSync(tmp, { recursive: true, force: true });
  await t.close();
});

describe('见习匹配结果批量上报', () => {
  test('a unit that is not yet a 见习单位 cannot import', async () => {
    const [c] = await t.db.insert(units).values({ uscc: '91350100M000100Y43', name: '尚未申请的单位' }).returning({ id: units.id });
    const out = await importReport(t.db, { id: c.id }, 'match', await file([withCode(1)]), randomUUID(), actor);
    assert.deepEqual(out, { ok: false, message: '贵单位尚未成为就业见习单位，请先办理【就业见习单位申请】并待审核通过。' });
  });

  test('every database error at once, a marked copy, and nothing written', async () => {
    const rows = [withCode(1), { ...matchRow(2), 岗位编号: 'GWOTHER00001' }, withCode(3), withCode(4), withCode(5)];
    const out = await importReport(t.db, { id: A.id }, 'match', await file(rows), randomUUID(), actor);
    assert.ok(!out.ok);
    const lines = out.errors!.map((e) => `${e.row}|${e.column}|${e.message}`);
    assert.ok(lines.includes('3|岗位编号|岗位编号“GWOTHER00001”不是本单位的见习岗位'), lines.join('\n'));
    assert.ok(
      lines.some((l) => l.startsWith('6|岗位编号|') && l.includes('见习人数为3人，已满')),
      'the fourth person for three places',
    );
    assert.equal(out.errorCount, 2);
    const marked = await markedUploadFor(t.db, A.id, out.markedId!);
    assert.ok(marked && marked.bytes.length > 0);
    assert.equal(await markedUploadFor(t.db, B.id, out.markedId!), null, 'another unit cannot fetch it');
    assert.equal((await t.db.select({ n: count() }).from(reportRows))[0].n, 0);
    assert.equal((await t.db.select({ n: count() }).from(filings).where(eq(filings.kind, 'match')))[0].n, 0);
    // The marked copy holds 身份证号 in clear: gone after a day.
    await t.db
      .update(markedUploads)
      .set({ createdAt: sql`now() - interval '2 days'` })
      .where(eq(markedUploads.id, out.markedId!));
    assert.equal(await markedUploadFor(t.db, A.id, out.markedId!), null);
    assert.ok((await cleanupMarkedUploads(t.db)) >= 1);
    assert.equal((await t.db.select({ n: count() }).from(markedUploads).where(eq(markedUploads.id, out.markedId!)))[0].n, 0);
  });

  test('a refusal never tells one unit when someone interns at another', async () => {
    const id = validId(900);
    const [p] = await t.db
      .insert(persons)
      .values({ name: '孙某某', idCardEnc: encryptPii(id), idCardHash: piiHash(id), gender: '男', birthDate: '2001-06-19' })
      .returning({ id: persons.id });
    const [other] = await t.db.select({ id: positions.id, filingId: positions.filingId }).from(positions).where(eq(positions.code, 'GWOTHER00001'));
    await t.db.insert(internships).values({
      personId: p.id,
      unitId: B.id,
      positionId: other.id,
      matchFilingId: other.filingId,
      category: '16–24岁失业青年',
      agreementDate: '2026-02-20',
      startDate: '2026-03-01',
      endDate: '2026-08-31',
    });
    const out = await importReport(t.db, { id: A.id }, 'match', await file([{ ...withCode(900), 身份证号: id }]), randomUUID(), actor);
    assert.ok(!out.ok);
    assert.equal(out.errors![0].message, '该人员与已有的见习时间冲突，同一时间只能参加一个见习');
    assert.ok(!JSON.stringify(out).includes('2026-08-31'));
  });

  let matchFiling: string;
  test('a clean file becomes one filing with all its rows; a replay makes no second one', async () => {
    const key = randomUUID();
    const f = await file([withCode(1), withCode(2)]);
    const out = await importReport(t.db, { id: A.id }, 'match', f, key, actor);
    assert.ok(out.ok, JSON.stringify(out));
    matchFiling = out.filingId;
    const again = await importReport(t.db, { id: A.id }, 'match', f, key, actor);
    assert.deepEqual(again, { ok: true, filingId: out.filingId, rows: 2 });
    assert.equal((await t.db.select({ n: count() }).from(reportRows).where(eq(reportRows.filingId, out.filingId)))[0].n, 2);
    const stored = JSON.stringify((await t.db.select({ d: reportRows.data }).from(reportRows)).map((r) => r.d));
    assert.ok(!stored.includes(validId(1)), 'rows keep no clear 身份证号');
  });

  test('20 identical imports at the same moment: one filing, and every one of them is told it went in', async () => {
    const key = randomUUID();
    const f = await file([withCode(30)]); // one row: the position has one place left
    const [{ n: markedBefore }] = await t.db.select({ n: count() }).from(markedUploads).where(eq(markedUploads.unitId, A.id));
    const all = await Promise.all(Array.from({ length: 20 }, () => importReport(t.db, { id: A.id }, 'match', f, key, actor)));
    const first = all[0];
    assert.ok(first.ok, JSON.stringify(first));
    for (const out of all) assert.deepEqual(out, { ok: true, filingId: first.filingId, rows: 1 });
    assert.equal((await t.db.select({ n: count() }).from(filings).where(eq(filings.submissionKey, key)))[0].n, 1);
    assert.equal(
      (await t.db.select({ n: count() }).from(markedUploads).where(eq(markedUploads.unitId, A.id)))[0].n,
      markedBefore,
      'no marked copy for a replay',
    );
    // Leave the world as the tests below expect it: these two people are not waiting anywhere.
    assert.equal(await withdrawFiling(t.db, A.id, first.filingId, actor), true);
  });

  test('the same person in another waiting match filing is refused', async () => {
    const out = await importReport(t.db, { id: A.id }, 'match', await file([withCode(1)]), randomUUID(), actor);
    assert.ok(!out.ok && out.errors![0].message === '该人员已在另一条待审核的见习匹配结果申报中');
  });

  test('approval makes the internships; attendance and on-duty then follow them', async () => {
    assert.ok((await decide(t.db, REVIEWER, { filingId: matchFiling, version: 0, decision: 'approved', note: '' }, 'x')).ok);
    const interns = await unitInterns(t.db, A.id);
    assert.deepEqual(interns.map((i) => `${i.name}:${i.status}`).sort(), [`${matchRow(1).姓名}:在岗`, `${matchRow(2).姓名}:在岗`].sort());
    assert.ok(interns.every((i) => /^1401\*{10}\d{3}[\dX]$/.test(i.idMasked)));

    const att = (n: number, month: string) => ({ ...attendanceRow(n), 考勤月份: month });
    const csv = (rows: Record<string, Cell>[]) => ({ fileName: 'a.csv', bytes: Buffer.from(`\ufeff${csvOf(table(rows))}`) });
    const bad = await importReport(t.db, { id: A.id }, 'attendance', csv([att(1, '2026-03'), att(3, '2026-03'), att(1, '2026-10')]), randomUUID(), actor);
    assert.ok(!bad.ok);
    assert.deepEqual(
      bad.errors!.map((e) => [e.row, e.column]),
      [
        [3, '身份证号'],
        [4, '身份证号'],
      ],
      'a person without an internship, and a month outside the internship',
    );
    const good = await importReport(t.db, { id: A.id }, 'attendance', csv([att(1, '2026-03'), att(2, '2026-03')]), randomUUID(), actor);
    assert.ok(good.ok, JSON.stringify(good));
    const dup = await importReport(t.db, { id: A.id }, 'attendance', csv([att(1, '2026-03')]), randomUUID(), actor);
    assert.ok(!dup.ok && dup.errors![0].message.includes('已在之前的申报中上报过'));

    const end = { ...onDutyRow(2), 上报月份: '2026-05', 在岗状态: '提前终止', 状态变动日期: '2026-05-15' };
    const duty = await importReport(t.db, { id: A.id }, 'on_duty', csv([end]), randomUUID(), actor);
    assert.ok(duty.ok, JSON.stringify(duty));
    assert.ok((await decide(t.db, REVIEWER, { filingId: duty.filingId, version: 0, decision: 'approved', note: '' }, 'x')).ok);
    const [ended] = await t.db
      .select({ status: internships.status, date: internships.statusDate })
      .from(internships)
      .where(eq(internships.status, 'ended_early'));
    assert.deepEqual(ended, { status: 'ended_early', date: '2026-05-15' });
  });

  test('more people than one SQL statement can name (70,000 rows) are checked in chunks', async () => {
    const rows = Array.from({ length: 70_000 }, (_, i) => ({ row: i + 2, values: { ...attendanceRowValues(i), idCard: validId(500_000 + i) } }));
    const errors = await attendanceRules(rows, { db: t.db, unitId: A.id });
    assert.equal(errors.length, 70_000, 'none of them is an intern of this unit');
  });

  test('a database failure in the middle of a commit leaves no rows', async () => {
    const before = (await t.db.select({ n: count() }).from(reportRows))[0].n;
    const filingsBefore = (await t.db.select({ n: count() }).from(filings))[0].n;
    // The second row (Excel row 3) fails only at insert time: a trigger stands in for a disk or network failure.
    await t.db.execute(
      sql`create or replace function jx_fail() returns trigger language plpgsql as $$ begin if new.row_no = 3 then raise exception 'simulated failure'; end if; return new; end $$`,
    );
    await t.db.execute(sql`create trigger jx_fail before insert on report_rows for each row execute function jx_fail()`);
    try {
      const f = await file([withCode(8), withCode(9)]);
      await assert.rejects(importReport(t.db, { id: A.id }, 'match', f, randomUUID(), actor), (e: Error & { cause?: Error }) =>
        /simulated failure/.test(`${e.message} ${e.cause?.message}`),
      );
    } finally {
      await t.db.execute(sql`drop trigger jx_fail on report_rows`);
    }
    assert.equal((await t.db.select({ n: count() }).from(filings)).at(0)!.n, filingsBefore);
    assert.equal((await t.db.select({ n: count() }).from(reportRows))[0].n, before);
  });

  test('text with backslashes, tabs, quotes and line breaks is stored as typed', async () => {
    // On PostgreSQL the rows pass through COPY's text format, where these characters must be escaped.
    const major = '计算机\\网络\t"工程"\n（双学位）\\N';
    const out = await importReport(t.db, { id: A.id }, 'match', await file([{ ...withCode(40), 专业: major }]), randomUUID(), actor);
    assert.ok(out.ok, JSON.stringify(out));
    const [row] = await t.db.select({ data: reportRows.data }).from(reportRows).where(eq(reportRows.filingId, out.filingId));
    assert.equal((row.data as { major: string }).major, major);
  });
});
