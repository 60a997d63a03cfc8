import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { seed } from '@/scripts/seed';
import { freshTestDb, type TestDb } from '@/lib/test/db';
import { buildStatsWorld } from '@/lib/test/stats-world';
import type { Counts } from './definitions';
import { parseStatsFilter, type StatsFilter } from './filter';
import { statsView, type StatsRow } from './queries';
import { refreshStats, refreshStatsAfter } from './refresh';

let t: TestDb;
before(async () => {
  t = await freshTestDb();
  await seed(t.db, { demo: false });
  await buildStatsWorld(t.db);
  await refreshStats(t.db);
});
after(() => t.close());

const PERIOD = { from: '2026-01', to: '2026-06' };

async function filterFor(scope: string, sp: Record<string, string>): Promise<StatsFilter> {
  const r = await parseStatsFilter(t.db, scope, { ...PERIOD, ...sp });
  assert.ok(r.ok, r.ok ? '' : r.message);
  return r.filter;
}

/** Counts in the order of the indicators: 单位 岗位 名额 意向 在岗 新增 完成 提前终止 留用. */
function c(
  units: number,
  positions: number,
  places: number,
  interests: number,
  onDuty: number,
  started: number,
  completed: number,
  endedEarly: number,
  retained: number,
): Counts {
  return { units, positions, places, interests, onDuty, started, completed, endedEarly, retained };
}
const byKey = (rows: StatsRow[]) => Object.fromEntries(rows.map((r) => [r.key, r.counts]));
const rates = (rows: StatsRow[]) => Object.fromEntries(rows.map((r) => [r.key, r.rate]));
const zero = c(0, 0, 0, 0, 0, 0, 0, 0, 0);

describe('statistics on a known world (2026-01 … 2026-06)', () => {
  test('province: totals and the 11 市', async () => {
    const v = await statsView(t.db, await filterFor('14', {}), (code) => `/x?region=${code}`);
    assert.deepEqual(v.total.counts, c(3, 4, 14, 2, 2, 4, 2, 1, 2));
    assert.equal(v.total.rate, 50);
    assert.equal(v.byRegion.length, 11);
    const r = byKey(v.byRegion);
    assert.deepEqual(r['1401'], c(2, 3, 10, 1, 1, 3, 1, 1, 1));
    assert.deepEqual(r['1402'], c(1, 1, 4, 1, 1, 1, 1, 0, 1));
    assert.deepEqual(r['1403'], zero);
    assert.equal(v.byRegion[0].href, '/x?region=1401');
  });

  test('city drill-down: 市本级 and the 县区 of 太原市, each a link; 意向 counted once across them', async () => {
    const v = await statsView(t.db, await filterFor('1401', {}), (code) => `/x?region=${code}`);
    assert.deepEqual(v.total.counts, c(2, 3, 10, 1, 1, 3, 1, 1, 1));
    assert.equal(v.byRegion[0].key, '140100');
    assert.equal(v.byRegion.length, 11);
    const r = byKey(v.byRegion);
    assert.deepEqual(r['140100'], zero);
    assert.deepEqual(r['140105'], c(1, 2, 5, 1, 1, 2, 1, 1, 0));
    assert.deepEqual(r['140106'], c(1, 1, 5, 1, 0, 1, 0, 0, 1));
    const rr = rates(v.byRegion);
    assert.equal(rr['140105'], 0);
    assert.equal(rr['140106'], 100);
    assert.equal(rr['140107'], null);
    assert.ok(v.byRegion.every((row) => row.href === `/x?region=${row.key}`));
  });

  test('county: one row, no further drill-down', async () => {
    const v = await statsView(t.db, await filterFor('1401', { region: '140105' }), (code) => `/x?region=${code}`);
    assert.deepEqual(v.total.counts, c(1, 2, 5, 1, 1, 2, 1, 1, 0));
    assert.deepEqual(
      v.byRegion.map((r) => [r.key, r.href]),
      [['140105', undefined]],
    );
    assert.equal(v.total.label, '太原市 · 小店区');
  });

  test('month by month: flows in their month (Shanghai time), 单位 and 在岗 at each month end', async () => {
    const v = await statsView(t.db, await filterFor('14', {}));
    assert.deepEqual(
      v.byMonth.map((r) => r.key),
      ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06'],
    );
    const m = byKey(v.byMonth);
    assert.deepEqual(m['2026-01'], c(1, 1, 3, 0, 4, 1, 0, 0, 0));
    assert.deepEqual(m['2026-02'], c(2, 0, 0, 1, 4, 0, 1, 0, 1));
    assert.deepEqual(m['2026-03'], c(3, 1, 2, 0, 2, 0, 1, 0, 0));
    assert.deepEqual(m['2026-04'], c(3, 1, 5, 1, 3, 2, 0, 0, 0));
    assert.deepEqual(m['2026-05'], c(3, 1, 4, 1, 2, 0, 0, 1, 0));
    assert.deepEqual(m['2026-06'], c(3, 0, 0, 0, 2, 1, 0, 0, 1));
    assert.equal(rates(v.byMonth)['2026-02'], 50);
  });

  test('by 岗位类别, 单位类型 and 所属行业', async () => {
    const v = await statsView(t.db, await filterFor('14', {}));
    const cat = byKey(v.byCategory);
    assert.deepEqual(cat['管理类'], c(2, 2, 8, 1, 1, 2, 1, 0, 1));
    assert.deepEqual(cat['技术类'], c(2, 2, 6, 1, 1, 2, 1, 1, 1));
    assert.deepEqual(cat['其他'], zero);
    const type = byKey(v.byUnitType);
    assert.deepEqual(type['企业'], c(2, 3, 9, 2, 2, 3, 2, 1, 1));
    assert.deepEqual(type['事业单位'], c(1, 1, 5, 1, 0, 1, 0, 0, 1));
    const ind = byKey(v.byIndustry);
    assert.deepEqual(ind.I, type['企业']);
    assert.deepEqual(ind.P, type['事业单位']);
    assert.deepEqual(ind.C, zero);
  });

  test('filters narrow every number: 管理类 only, 事业单位 only, a later period', async () => {
    const mgmt = await statsView(t.db, await filterFor('14', { category: '管理类' }));
    assert.deepEqual(mgmt.total.counts, c(2, 2, 8, 1, 1, 2, 1, 0, 1));
    assert.deepEqual(
      mgmt.byCategory.map((r) => r.key),
      ['管理类'],
    );
    const inst = await statsView(t.db, await filterFor('14', { unitType: '事业单位' }));
    assert.deepEqual(inst.total.counts, c(1, 1, 5, 1, 0, 1, 0, 0, 1));
    // 2026-07: U3 becomes a 见习单位 and publishes; 丁 ended on 30 June, 辛 is still in 见习.
    const later = await statsView(t.db, await filterFor('14', { from: '2026-07', to: '2026-07' }));
    assert.deepEqual(later.total.counts, c(4, 1, 2, 0, 1, 0, 0, 0, 0));
  });
});

describe('bad filters and scope', () => {
  const msg = async (scope: string, sp: Record<string, string>) => {
    const r = await parseStatsFilter(t.db, scope, sp);
    assert.equal(r.ok, false);
    return r.ok ? null : { status: r.status, message: r.message };
  };
  test('an unknown region is refused with its code named', async () => {
    assert.deepEqual(await msg('14', { region: '149999' }), { status: 400, message: '未知的地区代码“149999”。' });
    assert.equal((await msg('14', { region: 'abc' }))?.status, 400);
  });
  test('a region outside the reviewer’s scope is refused (403), never answered', async () => {
    assert.deepEqual(await msg('140105', { region: '1401' }), { status: 403, message: '地区“太原市”不在您的辖区内，不能查看或导出其数据。' });
    assert.equal((await msg('1401', { region: '140213' }))?.status, 403);
    assert.equal((await msg('1401', { region: '14' }))?.status, 403);
  });
  test('a month range upside down, too long or malformed is refused', async () => {
    assert.match((await msg('14', { from: '2026-06', to: '2026-01' }))!.message, /起始月份 2026-06 晚于截止月份 2026-01/);
    assert.match((await msg('14', { from: '2020-01', to: '2025-01' }))!.message, /不能超过 5 年/);
    assert.match((await msg('14', { from: '2026-13', to: '2026-12' }))!.message, /起始月份“2026-13”格式不正确/);
    assert.match((await msg('14', { category: '不存在类' }))!.message, /未知的岗位类别/);
  });
  test('exactly 5 years is allowed; the default is the last 12 months', async () => {
    const r = await parseStatsFilter(t.db, '14', { from: '2021-01', to: '2025-12' });
    assert.ok(r.ok);
    const d = await parseStatsFilter(t.db, '1401', {}, new Date('2026-11-29T00:00:00Z'));
    assert.ok(d.ok && d.filter.from === '2025-12' && d.filter.to === '2026-11' && d.filter.region === '1401');
  });
});

describe('freshness', () => {
  test('an approval of a counted kind refreshes the statistics; other kinds leave them be', async () => {
    const f = await filterFor('14', { region: '1403' });
    assert.equal((await statsView(t.db, f)).total.counts.units, 0);
    await t.db.execute(
      sql`insert into units (id, uscc, name, is_trainee_unit) values ('00000000-0000-4000-8000-00000000aa01', '911400000000000099', '阳泉新单位', true)`,
    );
    await t.db.execute(sql`insert into filings (id, unit_id, kind, state, month, region_code, title, submission_key, decided_at)
      values ('00000000-0000-4000-8000-00000000aa02', '00000000-0000-4000-8000-00000000aa01', 'qualification', 'approved', '2026-03', '140302', 'q', 'k-aa', '2026-03-01T02:00:00Z')`);
    await t.db
      .execute(sql`insert into unit_qualifications (filing_id, unit_type, industry, reg_address, biz_address, legal_rep, contact_name, contact_phone, staff_count, intro, bank_name, bank_code, account_name, bank_account_enc, bank_account_hash, bank_account_last4)
      values ('00000000-0000-4000-8000-00000000aa02', '企业', 'C', 'a', 'a', 'l', 'c', '13900000000', 5, 'i', 'b', '102161000010', '阳泉新单位', 'x', 'h-aa', '0000')`);
    await refreshStatsAfter(t.db, 'attendance');
    assert.equal((await statsView(t.db, f)).total.counts.units, 0, 'an attendance approval changes no statistic');
    await refreshStatsAfter(t.db, 'qualification');
    assert.equal((await statsView(t.db, f)).total.counts.units, 1);
  });
});
