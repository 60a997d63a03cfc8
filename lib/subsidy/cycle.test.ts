import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { and, eq } from 'drizzle-orm';
import { auditLog, filings, internships, subsidyBatches, subsidyClaimLines, subsidyClaimPersons, subsidyClaims } from '@/lib/db/schema';
import { seed } from '@/scripts/seed';
import { DEMO_STAFF, DEMO_UNITS } from '@/scripts/seed/demo-accounts';
import { UserFacingError } from '@/lib/errors';
import { LocalStore, setFileStore } from '@/lib/storage';
import { freshTestDb, type TestDb } from '@/lib/test/db';
import { bankFile, claimsToBatch, createBatch, markPaid } from './batches';
import { ledger } from './ledger';
import { loadStandards } from './facts';
import { personInternships } from './person';
import { addStandard, standardSchema } from './standards';
import { personMonthFen, rateFor, standardFor } from './compute';
import { claimsToPublish, currentPublicities, publicityEnd, publicityView, publish } from './publicity';
import { publicityWorkbook } from './documents';

let t: TestDb;
const CITY = { id: DEMO_STAFF[1].id, region: '1401' };
const COUNTY = { id: DEMO_STAFF[0].id, region: '140105' };
const OTHER_CITY = { id: DEMO_STAFF[2].id, region: '1402' };
const TODAY = '2026-11-29';
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'jx-subsidy-'));

async function refused(p: Promise<unknown>, pattern: RegExp) {
  await assert.rejects(p, (e: unknown) => e instanceof UserFacingError && pattern.test(e.message));
}

before(async () => {
  setFileStore(new LocalStore(tmp));
  t = await freshTestDb();
  await seed(t.db, { demo: true, subsidyDemo: true, today: TODAY });
});
after(async () => {
  await t.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

test('a 公示 lasts working days: Monday to Friday, the start counting when it is one', () => {
  assert.equal(publicityEnd('2026-11-27', 5), '2026-12-03');
  assert.equal(publicityEnd('2026-11-28', 5), '2026-12-04');
  assert.equal(publicityEnd('2026-11-30', 1), '2026-11-30');
});

describe('公示 and 拨付 of the demo claim (市本级, approved by the city three weeks ago)', () => {
  let claimId: string;
  let publicityId: string;
  let batchId: string;

  test('only the city publishes, never before its approval; names are masked on the public page', async () => {
    const ready = await claimsToPublish(t.db, '1401');
    assert.equal(ready.length, 1);
    claimId = ready[0].filingId;
    await refused(publish(t.db, COUNTY, { title: 'x', startDate: '2026-11-02', workingDays: 5, claimIds: [claimId] }, 'ip'), /只有市级/);
    await refused(publish(t.db, CITY, { title: 'x', startDate: '2026-10-01', workingDays: 5, claimIds: [claimId] }, 'ip'), /不能早于申领的市审核通过日期/);
    assert.equal((await claimsToPublish(t.db, '1401')).length, 1, 'nothing written by a refusal');
    publicityId = (await publish(t.db, CITY, { title: '太原市就业见习补贴公示', startDate: '2026-11-16', workingDays: 5, claimIds: [claimId] }, 'ip')).id;
    const v = await publicityView(t.db, publicityId, TODAY);
    assert.ok(v);
    assert.equal(v.endDate, '2026-11-20');
    assert.equal(v.ended, true);
    assert.deepEqual(
      v.rows.map((r) => [r.name, r.personMonths, r.amountFen]),
      [
        ['杨*桐', 3, 387000],
        ['赵*鸣', 3, 387000],
      ],
    );
    assert.deepEqual(v.totals, { persons: 2, personMonths: 6, amountFen: 774000, units: 1 });
    assert.equal(await publicityView(t.db, publicityId, '2026-11-15'), null, 'not public before it starts');
  });

  test('a 公示 is listed only while it runs; once ended it leaves the list and its page stays as a record', async () => {
    const listed = async (day: string) => (await currentPublicities(t.db, day)).some((p) => p.id === publicityId);
    assert.deepEqual(await Promise.all(['2026-11-15', '2026-11-16', '2026-11-20', '2026-11-21', '2027-06-01'].map(listed)), [false, true, true, false, false]);
    const record = await publicityView(t.db, publicityId, '2027-06-01');
    assert.ok(record, 'the ended 公示 keeps its page');
    assert.equal(record.ended, true);
    assert.equal(record.totals.amountFen, 774000);
  });

  test('the 公示 downloads (就业见习补贴表, 就业见习花名册) carry masked names only', async () => {
    const full = (await t.db.select({ name: subsidyClaimPersons.name }).from(subsidyClaimPersons).where(eq(subsidyClaimPersons.filingId, claimId))).map(
      (r) => r.name,
    );
    assert.deepEqual(full.sort(), ['杨雨桐', '赵一鸣']);
    const ExcelJS = (await import('exceljs')).default;
    const cells = async (doc: 'table' | 'roster') => {
      const f = await publicityWorkbook(t.db, publicityId, doc);
      assert.ok(f);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(f.bytes) as unknown as ArrayBuffer);
      const out: string[] = [];
      wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => void out.push(String(c.value)))));
      return out;
    };
    const roster = await cells('roster');
    assert.ok(roster.includes('杨*桐') && roster.includes('赵*鸣'), roster.join('|'));
    const table = await cells('table');
    for (const name of full) assert.ok(!roster.concat(table).some((c) => c.includes(name)), `${name} appears unmasked`);
    assert.ok(
      table.some((c) => c.includes('2人，6人次，7740.00 元')),
      table.join('|'),
    );
  });

  test('a batch takes only claims whose 公示 has ended; a paid claim never goes in a second batch', async () => {
    await refused(createBatch(t.db, CITY, { batchNo: '2026-01', payDate: TODAY, claimIds: [claimId] }, 'ip', '2026-11-20'), /公示未结束/);
    assert.equal((await claimsToBatch(t.db, '1401', TODAY)).length, 1);
    await refused(createBatch(t.db, COUNTY, { batchNo: '2026-01', payDate: TODAY, claimIds: [claimId] }, 'ip', TODAY), /只有市级/);
    batchId = (await createBatch(t.db, CITY, { batchNo: '2026-01', payDate: TODAY, claimIds: [claimId] }, 'ip', TODAY)).id;
    await refused(createBatch(t.db, CITY, { batchNo: '2026-02', payDate: TODAY, claimIds: [claimId] }, 'ip', TODAY), /已列入其他批次、已拨付/);
    await markPaid(t.db, CITY, batchId, 'ip');
    const [c] = await t.db.select({ stage: subsidyClaims.stage }).from(subsidyClaims).where(eq(subsidyClaims.filingId, claimId));
    assert.equal(c.stage, 'paid');
    await refused(createBatch(t.db, CITY, { batchNo: '2026-03', payDate: TODAY, claimIds: [claimId] }, 'ip', TODAY), /已列入其他批次、已拨付/);
    assert.equal((await t.db.select().from(subsidyBatches)).length, 1, 'refused batches leave nothing behind');
    await refused(markPaid(t.db, CITY, batchId, 'ip'), /已标记拨付/);
  });

  test('the person sees their own months and which were subsidised, without amounts', async () => {
    const [i] = await personInternships(t.db, '00000000-0000-4000-8000-000000000604');
    assert.equal(i.unitName, DEMO_UNITS[1].name);
    assert.deepEqual(i.months.slice(0, 4), [
      { month: '2026-07', subsidy: '已拨付' },
      { month: '2026-08', subsidy: '已拨付' },
      { month: '2026-09', subsidy: '已拨付' },
      { month: '2026-10', subsidy: null },
    ]);
    assert.equal(i.months.length, 12);
  });

  test('the bank file: city staff of that city only, each download audited', async () => {
    assert.equal(await bankFile(t.db, COUNTY, batchId, 'ip'), null);
    assert.equal(await bankFile(t.db, OTHER_CITY, batchId, 'ip'), null);
    const f = await bankFile(t.db, CITY, batchId, 'ip');
    assert.ok(f && f.bytes.length > 1000);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(f.bytes) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    assert.deepEqual((ws.getRow(2).values as unknown[]).slice(1), ['单位名称', '开户银行', '开户行行号', '银行账号', '金额（元）']);
    assert.equal(ws.getRow(3).getCell(1).value, DEMO_UNITS[1].name);
    assert.match(String(ws.getRow(3).getCell(4).value), /^\d{19}$/);
    assert.equal(ws.getRow(3).getCell(5).value, 7740);
    const audits = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'subsidy_bank_file_download'), eq(auditLog.entityId, batchId)));
    assert.equal(audits.length, 1);
  });
});

test('the ledger adds up to the 分: totals equal the sum of the person-month lines on random data', async () => {
  let seedN = 20261129;
  const rnd = (n: number) => {
    seedN = (seedN * 1103515245 + 12345) % 2 ** 31;
    return seedN % n;
  };
  const [intern] = await t.db.select({ id: internships.id, personId: internships.personId, unitId: internships.unitId }).from(internships).limit(1);
  const stages = ['submitted', 'county_approved', 'city_approved', 'published', 'paid', 'city_rejected'] as const;
  const regions = ['140105', '140106', '140100', '140202'];
  const batches = await t.db
    .insert(subsidyBatches)
    .values(['R1', 'R2', 'R3'].map((batchNo) => ({ cityCode: '1401', batchNo, payDate: TODAY, createdBy: CITY.id })))
    .returning({ id: subsidyBatches.id });
  const made: { region: string; stage: string; lines: number[]; insurance: number; bonus: number }[] = [];
  for (let k = 0; k < 60; k++) {
    const id = randomUUID();
    const region = regions[rnd(regions.length)];
    const stage = stages[rnd(stages.length)];
    await t.db
      .insert(filings)
      .values({ id, unitId: intern.unitId, kind: 'subsidy', state: 'approved', month: '2026-11', regionCode: region, title: 'r', submissionKey: id });
    const lines = Array.from({ length: 1 + rnd(12) }, () => 100000 + rnd(100000));
    const insurance = rnd(2) ? rnd(24001) : 0;
    const bonus = rnd(3) ? 0 : 50000 + rnd(50001);
    await t.db.insert(subsidyClaims).values({
      filingId: id,
      stage,
      fromMonth: '2026-01',
      toMonth: '2026-03',
      personMonths: lines.length,
      totalFen: 0,
      batchId: stage === 'paid' || rnd(2) ? batches[rnd(3)].id : null,
    });
    await t.db.insert(subsidyClaimPersons).values({
      filingId: id,
      personId: intern.personId,
      internshipId: intern.id,
      name: 'r',
      systemMonths: 3,
      claimedMonths: 3,
      insuranceFen: insurance,
      retentionBonusFen: bonus,
    });
    await t.db.insert(subsidyClaimLines).values(
      lines.map((amountFen, i) => ({
        filingId: id,
        personId: intern.personId,
        month: `2026-${String(1 + ((k + i) % 12)).padStart(2, '0')}`,
        minWageFen: 0,
        rateBp: 6000,
        amountFen,
      })),
    );
    made.push({ region, stage, lines, insurance, bonus });
  }
  for (const scope of ['1401', '140105']) {
    const counted = made.filter((m) => m.region.startsWith(scope) && ['city_approved', 'published', 'paid'].includes(m.stage));
    const l = await ledger(t.db, scope);
    const wantFen = counted.reduce((s, m) => s + m.lines.reduce((a, x) => a + x, 0), 0) + (scope === '1401' ? 774000 : 0);
    const wantMonths = counted.reduce((s, m) => s + m.lines.length, 0) + (scope === '1401' ? 6 : 0);
    assert.equal(l.total.amountFen, wantFen);
    assert.equal(l.total.personMonths, wantMonths);
    assert.equal(
      l.total.insuranceFen,
      counted.reduce((s, m) => s + m.insurance, 0),
    );
    assert.equal(
      l.byMonth.reduce((s, r) => s + r.amountFen, 0),
      wantFen,
    );
    assert.equal(
      l.byMonth.reduce((s, r) => s + r.personMonths, 0),
      wantMonths,
    );
    assert.equal(
      l.byBatch.reduce((s, r) => s + r.amountFen, 0),
      wantFen,
    );
    assert.equal(
      l.byBatch.reduce((s, r) => s + r.insuranceFen, 0),
      l.total.insuranceFen,
    );
    assert.equal(
      l.byBatch.reduce((s, r) => s + r.claims, 0),
      l.total.claims,
    );
    assert.equal(
      l.total.bonusFen,
      counted.reduce((s, m) => s + m.bonus, 0),
    );
    assert.equal(
      l.byBatch.reduce((s, r) => s + r.bonusFen, 0),
      l.total.bonusFen,
    );
  }
});

test('a province’s standard is a row the administrator adds; months from its date on use it', async () => {
  const form = {
    provinceCode: '14',
    effectiveFrom: '2027-01-01',
    rate: '65',
    retentionThreshold: '50',
    raisedRate: '',
    retentionBonus: '',
    insuranceCap: '300',
    docNo: '示例文件',
  };
  const bad = standardSchema.safeParse(form);
  assert.equal(bad.success, false, 'a threshold without its raised rate is refused');
  const v = standardSchema.parse({ ...form, raisedRate: '70', retentionBonus: '1000' });
  await refused(addStandard(t.db, { id: CITY.id, admin: false }, v, 'ip'), /仅系统管理员/);
  await addStandard(t.db, { id: DEMO_STAFF[2].id, admin: true }, v, 'ip');
  await refused(addStandard(t.db, { id: DEMO_STAFF[2].id, admin: true }, v, 'ip'), /已有补贴标准/);
  const standards = await loadStandards(t.db);
  assert.equal(standardFor(standards, '2026-12')!.rateBp, 6000);
  const s2027 = standardFor(standards, '2027-01')!;
  assert.deepEqual(
    [s2027.rateBp, s2027.retentionThresholdBp, s2027.raisedRateBp, s2027.retentionBonusFen, s2027.insuranceCapFen],
    [6500, 5000, 7000, 100000, 30000],
  );
  assert.equal(personMonthFen(rateFor(s2027, 6000), 215000), 150500);
});
