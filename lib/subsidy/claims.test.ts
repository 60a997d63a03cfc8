import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { and, eq, sql } from 'drizzle-orm';
import { filings, internships, staff, subsidyClaimMonths, subsidyClaimPersons, subsidyClaims, subsidyStandards, units } from '@/lib/db/schema';
import { seed } from '@/scripts/seed';
import { DEMO_STAFF, DEMO_UNITS } from '@/scripts/seed/demo-accounts';
import { UserFacingError } from '@/lib/errors';
import { idCardCheckChar } from '@/lib/validation';
import { freshTestDb, rowsOf, type TestDb } from '@/lib/test/db';
import { LocalStore, setFileStore } from '@/lib/storage';
import { saveAttachment } from '@/lib/units/attachments';
import { windowMonths } from './compute';
import { submitClaim, unitReckoning } from './claims';
import { withdrawClaim } from './details';
import { addInterns, type InternSeed } from './fixtures';
import { claimProblems, decideSubsidy } from './review';
import { claimSchema, type ClaimInput } from './schema';

let t: TestDb;
const [A, B] = DEMO_UNITS;
const COUNTY = { id: DEMO_STAFF[0].id, region: '140105' };
const CITY = { id: DEMO_STAFF[1].id, region: '1401' };
const OTHER_COUNTY = { id: '00000000-0000-4000-8000-000000000399', region: '140106' };
const NOW = new Date('2026-11-29T04:00:00Z');
const DEMO_A = ['00000000-0000-4000-8000-000000000601', '00000000-0000-4000-8000-000000000602', '00000000-0000-4000-8000-000000000603'];
const actor = (unitId: string) => ({ kind: 'unit' as const, id: unitId, ip: '10.0.0.1' });

/** A real upload (a submission checks that its files are in the store). */
async function upload(unitId: string, slot: string): Promise<string> {
  const r = await saveAttachment(t.db, unitId, slot, `${slot}.pdf`, Buffer.from('%PDF-1.4\n%%EOF\n'));
  assert.ok(r.ok);
  return r.id;
}

async function claim(
  unitId: string,
  from: string,
  count: number,
  persons: { personId: string; months: number; premium?: string; policyStart?: string; policyEnd?: string }[],
  extra: Partial<ClaimInput> = {},
) {
  const withPolicy = persons.some((p) => p.premium);
  const input = claimSchema.parse({
    from,
    count: String(count),
    submissionKey: randomUUID(),
    persons: Object.fromEntries(
      persons.map((p, i) => [
        i,
        { personId: p.personId, months: String(p.months), premium: p.premium ?? '', policyStart: p.policyStart ?? '', policyEnd: p.policyEnd ?? '' },
      ]),
    ),
    files: {
      subsidy_roster: await upload(unitId, 'subsidy_roster'),
      subsidy_payroll: await upload(unitId, 'subsidy_payroll'),
      ...(withPolicy ? { subsidy_policy: await upload(unitId, 'subsidy_policy') } : {}),
    },
  });
  return submitClaim(t.db, { id: unitId, name: 'x' }, { ...input, ...extra }, actor(unitId), NOW);
}

/** What a claim writes: filings and their events, claims, persons, lines, claim months, insurance, attached files. */
async function footprint() {
  const n = async (table: string) => rowsOf(await t.db.execute(sql.raw(`select count(*)::int as n from ${table}`)))[0].n;
  return Promise.all(
    [
      'filings',
      'filing_events',
      'subsidy_claims',
      'subsidy_claim_persons',
      'subsidy_claim_lines',
      'subsidy_claim_months',
      'subsidy_insurance_claims',
      'files where filing_id is not null',
    ].map(n),
  );
}

/** Refused with a clear message, and nothing written. */
async function refused(p: () => Promise<unknown>, pattern: RegExp) {
  const before = await footprint();
  await assert.rejects(p, (e: unknown) => e instanceof UserFacingError && pattern.test(e.message));
  assert.deepEqual(await footprint(), before, 'a refusal writes nothing');
}

const version = async (id: string) => (await t.db.select({ v: filings.version }).from(filings).where(eq(filings.id, id)))[0].v;
const stage = async (id: string) => (await t.db.select({ s: subsidyClaims.stage }).from(subsidyClaims).where(eq(subsidyClaims.filingId, id)))[0].s;
const decision = (who: { id: string; region: string }, filingId: string, v: number, d: 'approved' | 'rejected', note = '') =>
  decideSubsidy(t.db, who, { filingId, version: v, decision: d, note }, '10.0.0.2');

let personN = 0;
async function newIntern(
  unitId: string,
  region: string,
  startDate: string,
  endDate: string,
  attendance: string[],
  status: Pick<InternSeed, 'status' | 'statusDate'> = {},
) {
  personN++;
  const personId = `00000000-0000-4000-8000-${String(900 + personN).padStart(12, '0')}`;
  const base = `14010519990${(personN % 9) + 1}1${personN % 9}${String(200 + personN).padStart(3, '0')}`;
  await addInterns(t.db, {
    unitId,
    regionCode: region,
    staffId: COUNTY.id,
    idBase: `00000000-0000-4000-f${String(personN).padStart(3, '0')}-`,
    interns: [{ personId, name: `测试${'甲乙丙丁戊己庚辛'[personN % 8]}`, idCard: base + idCardCheckChar(base), startDate, endDate, ...status }],
    attendanceMonths: attendance,
  });
  return personId;
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'jx-claims-'));

before(async () => {
  setFileStore(new LocalStore(tmp));
  t = await freshTestDb();
  await seed(t.db, { demo: true, subsidyDemo: true });
  await t.db.insert(staff).values({ id: OTHER_COUNTY.id, username: 'yingze', name: '迎泽审核', bureau: '迎泽区人社局', regionCode: '140106' });
});
after(async () => {
  await t.close();
  setFileStore(null);
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('就业见习补贴申领', () => {
  let claimA: string;

  test('the demo unit can claim its interns right after the seed: 9 人次 × 1290 元', async () => {
    const r = await unitReckoning(t.db, A.id, '2026-08', 3, { now: NOW });
    assert.deepEqual(
      r!.persons.filter((p) => DEMO_A.includes(p.personId)).map((p) => p.systemMonths),
      [3, 3, 3],
    );
    const june = await unitReckoning(t.db, A.id, '2026-06', 1, { now: NOW });
    assert.deepEqual(
      june!.persons
        .filter((p) => DEMO_A.includes(p.personId))
        .map((p) => (p.months[0].ok ? 'ok' : p.months[0].reason))
        .sort(),
      ['ok', 'ok', '不在见习期内'],
      'the intern who started on 16 June has no June month',
    );
    claimA = (
      await claim(
        A.id,
        '2026-08',
        3,
        DEMO_A.map((personId) => ({ personId, months: 3 })),
      )
    ).filingId;
    const [c] = await t.db.select().from(subsidyClaims).where(eq(subsidyClaims.filingId, claimA));
    assert.equal(c.personMonths, 9);
    assert.equal(c.totalFen, 9 * 129000);
    assert.equal(c.stage, 'submitted');
  });

  test('20 identical claims at the same moment: one claim, every press told it went in', async () => {
    const input = claimSchema.parse({
      from: '2026-06',
      count: '1',
      submissionKey: 'same-moment-key-20',
      persons: { 0: { personId: DEMO_A[0], months: '1' } },
      files: { subsidy_roster: await upload(A.id, 'subsidy_roster'), subsidy_payroll: await upload(A.id, 'subsidy_payroll') },
    });
    const all = await Promise.allSettled(Array.from({ length: 20 }, () => submitClaim(t.db, { id: A.id, name: 'x' }, input, actor(A.id), NOW)));
    const answers = all.map((r) => (r.status === 'fulfilled' ? r.value.filingId : `失败：${(r.reason as Error).message}`));
    assert.equal(new Set(answers).size, 1, answers.join('\n'));
    assert.equal(await withdrawClaim(t.db, A.id, answers[0], actor(A.id)), true);
  });

  test('a replay of the same submission key returns the same claim and writes nothing', async () => {
    const input = claimSchema.parse({
      from: '2026-06',
      count: '1',
      submissionKey: 'same-key-123',
      persons: { 0: { personId: DEMO_A[0], months: '1' } },
      files: { subsidy_roster: await upload(A.id, 'subsidy_roster'), subsidy_payroll: await upload(A.id, 'subsidy_payroll') },
    });
    const first = await submitClaim(t.db, { id: A.id, name: 'x' }, input, actor(A.id), NOW);
    const second = await submitClaim(t.db, { id: A.id, name: 'x' }, input, actor(A.id), NOW);
    assert.equal(first.filingId, second.filingId);
    assert.equal((await t.db.select().from(subsidyClaimMonths).where(eq(subsidyClaimMonths.filingId, first.filingId))).length, 1);
    assert.equal(await withdrawClaim(t.db, A.id, first.filingId, actor(A.id)), true);
    assert.equal((await t.db.select().from(subsidyClaimMonths).where(eq(subsidyClaimMonths.filingId, first.filingId))).length, 0, 'withdrawal frees the month');
  });

  test('a person-month already claimed is refused (已申领), and the database refuses a second row', async () => {
    await refused(() => claim(A.id, '2026-08', 1, [{ personId: DEMO_A[0], months: 1 }]), /已申领/);
    await assert.rejects(t.db.insert(subsidyClaimMonths).values({ personId: DEMO_A[0], month: '2026-08', filingId: claimA }));
  });

  test('a month not yet ended is refused', async () => {
    await refused(() => claim(A.id, '2026-10', 2, [{ personId: DEMO_A[0], months: 2 }]), /超过系统核算月数.*2026-11：月份未结束/);
  });

  test('a month without approved attendance, or more months than proven, is refused', async () => {
    const p = await newIntern(A.id, '140105', '2026-03-01', '2026-12-31', ['2026-03']);
    await refused(() => claim(A.id, '2026-03', 2, [{ personId: p, months: 2 }]), /2026-04：考勤未审核/);
    await refused(() => claim(A.id, '2026-03', 1, [{ personId: p, months: 2 }]), /超过系统核算月数1个月/);
  });

  test('the 13th month of a person is refused', async () => {
    const months = windowMonths('2025-01', 13);
    const p = await newIntern(A.id, '140105', '2025-01-01', '2026-02-28', months);
    for (const from of ['2025-01', '2025-04', '2025-07', '2025-10']) await claim(A.id, from, 3, [{ personId: p, months: 3 }]);
    await refused(() => claim(A.id, '2026-01', 1, [{ personId: p, months: 1 }]), /超过12个月/);
  });

  test('insurance: a premium over the cap or a policy not covering the internship is refused; else once per intern', async () => {
    const p = await newIntern(A.id, '140105', '2026-04-01', '2026-09-30', ['2026-04']);
    await refused(
      () => claim(A.id, '2026-04', 1, [{ personId: p, months: 1, premium: '240.01', policyStart: '2026-03-01', policyEnd: '2027-02-28' }]),
      /超过上限/,
    );
    await refused(
      () => claim(A.id, '2026-04', 1, [{ personId: p, months: 1, premium: '200', policyStart: '2026-04-02', policyEnd: '2027-02-28' }]),
      /未覆盖整个见习期/,
    );
    const noPolicy = { subsidy_roster: await upload(A.id, 'subsidy_roster'), subsidy_payroll: await upload(A.id, 'subsidy_payroll') };
    await refused(
      () => claim(A.id, '2026-04', 1, [{ personId: p, months: 1, premium: '200', policyStart: '2026-03-01', policyEnd: '2027-02-28' }], { files: noPolicy }),
      /申领保险补贴时请上传保单/,
    );
    const { filingId } = await claim(A.id, '2026-04', 1, [{ personId: p, months: 1, premium: '200', policyStart: '2026-03-01', policyEnd: '2027-02-28' }]);
    const [c] = await t.db.select().from(subsidyClaims).where(eq(subsidyClaims.filingId, filingId));
    assert.equal(c.totalFen, 129000 + 20000);
    await refused(
      () => claim(A.id, '2026-05', 1, [{ personId: p, months: 0, premium: '20', policyStart: '2026-03-01', policyEnd: '2027-02-28' }]),
      /已申领过保险补贴/,
    );
  });

  test('a window longer than three months is refused by the form schema', () => {
    const r = claimSchema.safeParse({ from: '2026-05', count: '4', submissionKey: 'abcdefgh', persons: {}, files: {} });
    assert.equal(r.success, false);
    assert.ok(r.error!.issues.some((i) => i.message === '一次申领最多3个连续月份'));
  });

  test('a unit that is not an approved 见习单位 cannot claim', async () => {
    const [u] = await t.db.insert(units).values({ uscc: '91140105MA0TEST01X', name: '未认定单位' }).returning({ id: units.id });
    await refused(() => claim(u.id, '2026-08', 1, [{ personId: DEMO_A[0], months: 1 }]), /仅审核通过的就业见习单位/);
  });

  test("another unit's interns and claims are out of reach", async () => {
    await refused(() => claim(B.id, '2026-08', 1, [{ personId: DEMO_A[1], months: 1 }]), /不是本单位/);
    await refused(
      () => claim(B.id, '2026-09', 1, [{ personId: '00000000-0000-4000-8000-000000000604', months: 1 }], { filingId: claimA }),
      /不存在或不是审核不通过/,
    );
    assert.equal(await withdrawClaim(t.db, B.id, claimA, actor(B.id)), false);
  });

  test('review: outside the region, or the city before the county, is refused', async () => {
    const v = await version(claimA);
    assert.equal((await decision(OTHER_COUNTY, claimA, v, 'approved')).ok, false);
    const early = await decision(CITY, claimA, v, 'approved');
    assert.equal(early.ok, false);
    assert.match(early.ok ? '' : early.message, /等待业务办理归属地（县区）审核/);
    assert.equal(await stage(claimA), 'submitted');
  });

  test('two reviewers at once: exactly one decision wins', async () => {
    const v = await version(claimA);
    const [x, y] = await Promise.all([decision(COUNTY, claimA, v, 'approved'), decision(COUNTY, claimA, v, 'rejected', '材料不全')]);
    assert.equal([x, y].filter((o) => o.ok).length, 1);
    const loser = [x, y].find((o) => !o.ok)!;
    assert.match(loser.ok ? '' : loser.message, /已被他人处理/);
  });

  test('county then city: 县区审核通过 → 市审核通过, each person-month re-checked', async () => {
    if ((await stage(claimA)) !== 'county_approved') {
      // The race above may have refused it: correct and resubmit, then approve at county level.
      await claim(
        A.id,
        '2026-08',
        3,
        DEMO_A.map((personId) => ({ personId, months: 3 })),
        { filingId: claimA },
      );
      assert.equal(await stage(claimA), 'submitted');
      assert.equal((await decision(COUNTY, claimA, await version(claimA), 'approved')).ok, true);
    }
    assert.equal(await stage(claimA), 'county_approved');
    assert.equal((await decision(COUNTY, claimA, await version(claimA), 'approved')).ok, false, 'the county cannot decide twice');
    const ok = await decision(CITY, claimA, await version(claimA), 'approved');
    assert.equal(ok.ok, true);
    assert.equal(await stage(claimA), 'city_approved');
    const [f] = await t.db.select({ state: filings.state }).from(filings).where(eq(filings.id, claimA));
    assert.equal(f.state, 'approved');
  });

  test('a refusal needs no months: they are freed and the corrected claim can be resubmitted', async () => {
    const p = await newIntern(B.id, '140100', '2026-07-01', '2027-06-30', ['2026-07', '2026-08']);
    const { filingId } = await claim(B.id, '2026-07', 2, [{ personId: p, months: 2 }]);
    // 市本级: the city bureau is the first level too.
    assert.equal((await decision(CITY, filingId, await version(filingId), 'rejected', '考勤表未盖章')).ok, true);
    assert.equal(await stage(filingId), 'county_rejected');
    assert.equal((await t.db.select().from(subsidyClaimMonths).where(eq(subsidyClaimMonths.filingId, filingId))).length, 0);
    await claim(B.id, '2026-07', 2, [{ personId: p, months: 1 }], { filingId });
    assert.equal(await stage(filingId), 'submitted');
    assert.equal((await t.db.select().from(subsidyClaimMonths).where(eq(subsidyClaimMonths.filingId, filingId))).length, 1);
  });

  test('approval re-checks the months: attendance withdrawn since is caught', async () => {
    const p = await newIntern(A.id, '140105', '2026-02-01', '2026-12-31', ['2026-02']);
    const { filingId } = await claim(A.id, '2026-02', 1, [{ personId: p, months: 1 }]);
    await t.db
      .update(filings)
      .set({ state: 'withdrawn' })
      .where(and(eq(filings.kind, 'attendance'), eq(filings.id, `00000000-0000-4000-f${String(personN).padStart(3, '0')}-000000000100`)));
    await assert.rejects(
      decision(COUNTY, filingId, await version(filingId), 'approved'),
      (e: unknown) => e instanceof UserFacingError && /考勤未审核/.test(e.message),
    );
    assert.equal(await stage(filingId), 'submitted', 'nothing written');
  });

  // Last in this file: the added row pays a bonus to every retained intern from 2026-09 on.
  test('a province row with a one-off per retained intern: paid once, with the claim that lists the intern', async () => {
    await t.db.insert(subsidyStandards).values({
      id: 'test-bonus-2026',
      provinceCode: '14',
      effectiveFrom: '2026-09-01',
      rateBp: 6000,
      retentionBonusFen: 100000,
      insuranceCapFen: 24000,
      docNo: '测试：留用一次性补贴',
    });
    const kept = await newIntern(A.id, '140105', '2026-04-01', '2026-09-30', ['2026-09'], { status: 'retained', statusDate: '2026-09-30' });
    const left = await newIntern(A.id, '140105', '2026-04-01', '2026-09-30', ['2026-09'], { status: 'completed', statusDate: '2026-09-30' });
    const r = await unitReckoning(t.db, A.id, '2026-09', 1, { now: NOW });
    assert.deepEqual(
      [kept, left].map((id) => r!.persons.find((p) => p.personId === id)!.retentionBonusFen),
      [100000, 0],
    );
    const { filingId } = await claim(A.id, '2026-09', 1, [
      { personId: kept, months: 1 },
      { personId: left, months: 1 },
    ]);
    const [c] = await t.db.select().from(subsidyClaims).where(eq(subsidyClaims.filingId, filingId));
    assert.deepEqual([c.personMonths, c.totalFen], [2, 2 * 129000 + 100000]);
    const rows = await t.db.select().from(subsidyClaimPersons).where(eq(subsidyClaimPersons.filingId, filingId));
    assert.equal(rows.find((x) => x.personId === kept)!.retentionBonusFen, 100000);
    assert.deepEqual(await claimProblems(t.db, filingId), [], 'the approval re-check agrees');
    // Once per intern: a second claim listing the intern gets no second bonus.
    await refused(() => claim(A.id, '2026-09', 1, [{ personId: kept, months: 0 }]), /请至少为一名见习人员/);
    // Refused at county level: the bonus is free again and a corrected claim carries it alone.
    assert.equal((await decision(COUNTY, filingId, await version(filingId), 'rejected', '代发清单不清晰')).ok, true);
    const again = await claim(A.id, '2026-09', 1, [{ personId: kept, months: 0 }]);
    const [c2] = await t.db.select().from(subsidyClaims).where(eq(subsidyClaims.filingId, again.filingId));
    assert.deepEqual([c2.personMonths, c2.totalFen], [0, 100000]);
    // An intern retained after the claim went in: the claim asked no bonus and is not held up by it.
    const later = await newIntern(A.id, '140105', '2026-04-01', '2026-10-31', ['2026-09']);
    const early = await claim(A.id, '2026-09', 1, [{ personId: later, months: 1 }]);
    await t.db.update(internships).set({ status: 'retained', statusDate: '2026-10-31' }).where(eq(internships.personId, later));
    assert.deepEqual(await claimProblems(t.db, early.filingId), []);
  });
});
