import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { and, count, eq } from 'drizzle-orm';
import { auditLog, filings, positions, units } from '@/lib/db/schema';
import { seed } from '@/scripts/seed';
import { DEMO_PERSONS, DEMO_STAFF, DEMO_UNITS } from '@/scripts/seed/demo-accounts';
import { decideFiling, type Actor } from '@/lib/filings/commands';
import { UserFacingError } from '@/lib/errors';
import { freshTestDb, type TestDb } from '@/lib/test/db';
import { addDays } from './dates';
import { listInterestsForUnit, listPersonInterests, registerInterest, withdrawInterest } from './interests';
import { floorTable, setCountyTier } from './min-wage';
import { approvePosition, closePosition, getUnitPosition, listUnitPositions, positionDetails, submitPosition } from './positions';
import { getPublicPosition, listOpenPositions, openPositionsForSitemap } from './public';
import { positionSchema } from './schema';
import { sitemapUrls } from './sitemap';
import { todayInShanghai } from '@/lib/time';

let t: TestDb;
const today = todayInShanghai();
const [unitA, unitB] = DEMO_UNITS;
const [zhang, li] = DEMO_PERSONS;
const admin = DEMO_STAFF[2];
const actorA: Actor = { kind: 'unit', id: unitA.id, ip: '203.0.113.5' };

const input = (over: Record<string, string> = {}) =>
  positionSchema(undefined, today).parse({
    title: '数据分析见习生',
    category: '技术类',
    headcount: '2',
    education: '本科及以上',
    major: '统计学',
    months: '6',
    allowance: '3200',
    countyCode: '140105',
    address: '太原市小店区长治路 227 号',
    duties: '整理业务数据，制作统计报表。',
    requirements: '熟悉Excel，了解统计学基础。',
    contactName: '李娜',
    contactPhone: '13935100001',
    deadline: addDays(today, 30),
    submissionKey: crypto.randomUUID(),
    ...over,
  });

async function approve(filingId: string) {
  const [f] = await t.db.select({ version: filings.version }).from(filings).where(eq(filings.id, filingId));
  const out = await decideFiling(
    t.db,
    { filingId, expectedVersion: f.version, decision: 'approved', note: null, staffId: admin.id, scope: '14', ip: '::1' },
    async (tx, filing) => {
      await approvePosition(tx, filing);
    },
  );
  assert.ok(out.ok);
}

before(async () => {
  t = await freshTestDb();
  await seed(t.db, { demo: true });
});
after(() => t.close());

describe('minimum wage by county', () => {
  test('an unconfirmed county gets the highest tier of the notice in force', async () => {
    const f = await floorTable(t.db, today, ['140105', '141182']);
    assert.deepEqual(f['140105'], { fen: 215000, tier: 1, confirmed: false });
    assert.deepEqual(f['141182'], { fen: 215000, tier: 1, confirmed: false });
    assert.equal((await floorTable(t.db, '2024-06-01', ['140105']))['140105'].fen, 198000);
  });
  test('an administrator confirms a county tier (audited); others may not', async () => {
    assert.equal(
      await setCountyTier(
        t.db,
        { staffId: DEMO_STAFF[0].id, isAdmin: false, ip: '::1' },
        { noticeId: 'sx-2025', regionCode: '140106', tier: 2, confirmed: true, source: 'x' },
      ),
      false,
    );
    assert.equal(
      await setCountyTier(
        t.db,
        { staffId: admin.id, isAdmin: true, ip: '::1' },
        { noticeId: 'sx-2025', regionCode: '140106', tier: 2, confirmed: true, source: '晋政办发附件' },
      ),
      true,
    );
    assert.deepEqual((await floorTable(t.db, today, ['140106']))['140106'], { fen: 205000, tier: 2, confirmed: true });
    const [{ n }] = await t.db.select({ n: count() }).from(auditLog).where(eq(auditLog.action, 'min_wage_county_tier'));
    assert.equal(n, 1);
  });
});

describe('就业见习岗位申请', () => {
  test('a replayed submission makes one filing and one position', async () => {
    const data = input();
    const first = await submitPosition(t.db, { id: unitA.id }, data, actorA);
    const again = await submitPosition(t.db, { id: unitA.id }, data, actorA);
    assert.deepEqual(again, first);
    assert.match(first.code, /^GW140105\d{6}$/);
    const [{ n }] = await t.db.select({ n: count() }).from(positions).where(eq(positions.filingId, first.filingId));
    assert.equal(n, 1);
    const [f] = await t.db
      .select({ regionCode: filings.regionCode, state: filings.state, kind: filings.kind })
      .from(filings)
      .where(eq(filings.id, first.filingId));
    assert.deepEqual(f, { regionCode: '140105', state: 'pending', kind: 'position' });
  });
  test('20 identical submissions at the same moment all answer with the one position made', async () => {
    const data = input({ title: '并发提交的岗位' });
    const all = await Promise.allSettled(Array.from({ length: 20 }, () => submitPosition(t.db, { id: unitA.id }, data, actorA)));
    const answers = all.map((r) => (r.status === 'fulfilled' ? `${r.value.filingId}/${r.value.code}` : `失败：${(r.reason as Error).message}`));
    assert.deepEqual(new Set(answers).size, 1, answers.join('\n'));
    const [{ n }] = await t.db
      .select({ n: count() })
      .from(filings)
      .where(and(eq(filings.unitId, unitA.id), eq(filings.submissionKey, data.submissionKey)));
    assert.equal(n, 1);
  });
  test('only a 见习单位 may apply, and not below the minimum wage', async () => {
    const [u] = await t.db.insert(units).values({ uscc: '91140105MA0TEST01X', name: '未认定单位' }).returning({ id: units.id });
    await assert.rejects(
      submitPosition(t.db, { id: u.id }, input(), actorA),
      (e: unknown) => e instanceof UserFacingError && /尚未成为就业见习单位/.test(e.message),
    );
    await assert.rejects(
      submitPosition(t.db, { id: unitA.id }, input({ allowance: '2000' }), actorA),
      (e: unknown) => e instanceof UserFacingError && e.field === 'allowance' && e.message.includes('2150 元/月'),
    );
  });
});

describe('publishing, the public search and the sitemap', () => {
  test('approval publishes; a waiting position is nowhere public; an expired one leaves', async () => {
    const { filingId, code } = await submitPosition(t.db, { id: unitA.id }, input({ title: '待审核的岗位' }), actorA);
    const sitemapCodes = async (on: string) => (await openPositionsForSitemap(t.db, 0, on)).map((r) => r.code);
    assert.ok(!(await sitemapCodes(today)).includes(code));
    assert.equal(await getPublicPosition(t.db, code, today), null);
    await approve(filingId);
    assert.ok((await sitemapCodes(today)).includes(code));
    const list = await listOpenPositions(t.db, { region: '140105', q: '待审核', page: 1 }, today);
    assert.deepEqual(
      list.rows.map((r) => r.code),
      [code],
    );
    assert.equal((await listOpenPositions(t.db, { region: '1402', q: '待审核', page: 1 }, today)).total, 0);
    const later = addDays(today, 31);
    assert.ok(!(await sitemapCodes(later)).includes(code));
    assert.equal((await getPublicPosition(t.db, code, later))?.state, 'expired');
    assert.equal((await listOpenPositions(t.db, { region: '140105', q: '待审核', page: 1 }, later)).total, 0);
  });
});

describe('robots.txt', () => {
  test('names one sitemap per 50,000 open positions', () => {
    assert.deepEqual(sitemapUrls(0), ['http://localhost:3000/sitemap/0.xml']);
    assert.equal(sitemapUrls(50_001).length, 2);
  });
});

describe('意向 and what each unit may see', () => {
  let positionId = '';
  let code = '';
  before(async () => {
    const made = await submitPosition(t.db, { id: unitA.id }, input({ title: '意向测试岗位' }), actorA);
    await approve(made.filingId);
    code = made.code;
    [{ id: positionId }] = await t.db.select({ id: positions.id }).from(positions).where(eq(positions.code, code));
  });
  test('an eligible person registers once per position, and may withdraw', async () => {
    assert.deepEqual(await registerInterest(t.db, zhang.id, code, '::1'), { ok: true });
    assert.deepEqual(await registerInterest(t.db, zhang.id, code, '::1'), { ok: false, reason: '您已报名该岗位，无需重复报名。' });
    const mine = await listPersonInterests(t.db, zhang.id);
    const one = mine.find((m) => m.code === code)!;
    assert.equal(one.title, '意向测试岗位');
    assert.ok(await withdrawInterest(t.db, zhang.id, one.id, '::1'));
    assert.ok(!(await withdrawInterest(t.db, li.id, one.id, '::1')));
    assert.deepEqual(await registerInterest(t.db, zhang.id, code, '::1'), { ok: true });
  });
  test('an ineligible person is told why', async () => {
    const out = await registerInterest(t.db, li.id, code, '::1');
    assert.equal(out.ok, false);
    assert.match(out.ok ? '' : out.reason, /不符合就业见习人员条件.*不在16–24周岁之间.*毕业时间为2007-07-01，离校已超过2年/);
  });
  test('the owning unit sees its 意向人员 with masked ID numbers; another unit sees nothing by guessing ids', async () => {
    const people = (await listInterestsForUnit(t.db, unitA.id, positionId))!;
    assert.deepEqual(
      people.map((p) => [p.name, p.idCardMasked, p.school]),
      [['张晓明', '1401**********2410', '太原理工大学']],
    );
    assert.equal(await listInterestsForUnit(t.db, unitB.id, positionId), null);
    assert.equal(await getUnitPosition(t.db, unitB.id, positionId), null);
    assert.ok(!(await listUnitPositions(t.db, unitB.id)).some((p) => p.id === positionId));
    assert.equal((await getUnitPosition(t.db, unitA.id, positionId))?.interests, 1);
    const [{ filingId }] = await t.db.select({ filingId: positions.filingId }).from(positions).where(eq(positions.id, positionId));
    assert.deepEqual(await positionDetails(t.db, filingId, { role: 'unit', unitId: unitB.id }), []);
    assert.deepEqual(await positionDetails(t.db, filingId, { role: 'staff', staffId: DEMO_STAFF[0].id, scope: '1402' }), []);
    const own = await positionDetails(t.db, filingId, { role: 'unit', unitId: unitA.id });
    assert.equal(own[0].type === 'fields' && own[0].fields.find((f) => f.label === '岗位编号')?.value, code);
    assert.equal(await closePosition(t.db, unitB.id, positionId, { kind: 'unit', id: unitB.id, ip: '::1' }), null);
  });
  test('a closed position takes no more interest', async () => {
    assert.equal(await closePosition(t.db, unitA.id, positionId, actorA), code);
    const [p] = await t.db
      .select({ status: positions.status })
      .from(positions)
      .where(and(eq(positions.id, positionId)));
    assert.equal(p.status, 'closed');
    const out = await registerInterest(t.db, zhang.id, code, '::1');
    assert.deepEqual(out, { ok: false, reason: '该岗位已停止招募或不存在，不能报名。' });
  });
});
