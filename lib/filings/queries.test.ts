import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { filings } from '@/lib/db/schema';
import { seed } from '@/scripts/seed';
import { DEMO_UNITS } from '@/scripts/seed/demo-accounts';
import { freshTestDb, testEnv, type TestDb } from '@/lib/test/db';
import { PAGE_SIZE, listReviewFilings, parseReviewFilter } from './queries';

testEnv();
let t: TestDb;
const [A, B] = DEMO_UNITS;
const REGION = '140110'; // 晋源区: no demo filings wait there
const at = (i: number) => new Date(Date.UTC(2026, 0, 1, 0, i));

before(async () => {
  t = await freshTestDb();
  await seed(t.db, { demo: true });
  // 25 waiting filings in one county, minute by minute; every fifth from unit B.
  await t.db.insert(filings).values(
    Array.from({ length: 25 }, (_, i) => ({
      unitId: i % 5 === 0 ? B.id : A.id,
      kind: 'attendance' as const,
      month: '2026-01',
      regionCode: REGION,
      title: `考勤 ${i}`,
      submissionKey: `queue-test-${i}`,
      submittedAt: at(i),
    })),
  );
});
after(() => t?.close());

test('the queue pages newest first: page 1 has 20, page 2 the 5 oldest, the total is all 25', async () => {
  const f = parseReviewFilter({});
  const one = await listReviewFilings(t.db, REGION, { ...f, page: 1 });
  const two = await listReviewFilings(t.db, REGION, { ...f, page: 2 });
  assert.equal(one.total, 25);
  assert.deepEqual(
    one.rows.map((r) => r.title),
    Array.from({ length: PAGE_SIZE }, (_, i) => `考勤 ${24 - i}`),
  );
  assert.deepEqual(
    two.rows.map((r) => r.title),
    ['考勤 4', '考勤 3', '考勤 2', '考勤 1', '考勤 0'],
  );
  assert.equal(two.rows[0].unitName, A.name);
  assert.equal(two.rows[4].unitName, B.name);
});

test('a 单位名称 filter narrows both the page and the total', async () => {
  const r = await listReviewFilings(t.db, REGION, { ...parseReviewFilter({ unit: B.name }), page: 1 });
  assert.equal(r.total, 5);
  assert.deepEqual(
    r.rows.map((x) => x.title),
    ['考勤 20', '考勤 15', '考勤 10', '考勤 5', '考勤 0'],
  );
});
