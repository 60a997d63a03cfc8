import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SUBSIDY_STANDARDS } from './standards-data';
import {
  addMonths,
  insuranceFen,
  maskName,
  retentionBonusFor,
  personMonthFen,
  policyCovers,
  reckon,
  retentionBp,
  takeMonths,
  windowMonths,
  type InternshipFacts,
  type ReckonInput,
  type Standard,
} from './compute';

const SHANXI = SUBSIDY_STANDARDS;
const intern = (o: Partial<InternshipFacts> = {}): InternshipFacts => ({
  internshipId: 'i1',
  personId: 'p1',
  name: '张晓明',
  startDate: '2025-01-01',
  endDate: '2025-12-31',
  status: 'active',
  statusDate: null,
  ...o,
});
const allAttendance = (person: string, from: string, n: number) => new Set(windowMonths(from, n).map((m) => `${person}|${m}`));
const base = (o: Partial<ReckonInput>): ReckonInput => ({
  interns: [intern()],
  window: windowMonths('2025-05', 3),
  currentMonth: '2026-11',
  attendance: allAttendance('p1', '2024-01', 36),
  claimedElsewhere: new Map(),
  standards: SHANXI,
  minWageFen: (m) => (m >= '2025-04' ? 215000 : 198000),
  unitRetentionBp: null,
  ...o,
});

test('吕梁 cross-check: 60 % of 2150 元 is 1290 元 a person-month; 222 人次 make 286,380 元', () => {
  assert.equal(personMonthFen(6000, 215000), 129000);
  const [r] = reckon(base({}));
  assert.deepEqual(
    r.months.map((m) => (m.ok ? m.amountFen : m.reason)),
    [129000, 129000, 129000],
  );
  assert.equal(222 * personMonthFen(6000, 215000), 28_638_000);
});

test('each person-month is rounded half up once, to the 分', () => {
  assert.equal(personMonthFen(6000, 198000), 118800);
  assert.equal(personMonthFen(6500, 198001), 128701); // 128700.65 → 128701
  assert.equal(personMonthFen(6000, 198001), 118801); // 118800.6 → 118801
  assert.equal(personMonthFen(5000, 1), 1); // 0.5 分 → 1 分 (half up)
  assert.equal(personMonthFen(4999, 1), 0);
});

test('a mid-month start counts from the month whose 15th it covers', () => {
  const r = reckon(base({ interns: [intern({ startDate: '2025-05-16', endDate: '2025-08-15' })], window: windowMonths('2025-05', 3) }))[0];
  assert.deepEqual(
    r.months.map((m) => (m.ok ? 'ok' : m.reason)),
    ['不在见习期内', 'ok', 'ok'],
  );
  const s = reckon(base({ interns: [intern({ startDate: '2025-05-15', endDate: '2025-08-14' })] }))[0];
  assert.equal(s.systemMonths, 3);
});

test('an early leaver gets the months actually done (提前终止 ends on its 状态变动日期)', () => {
  const r = reckon(base({ interns: [intern({ startDate: '2025-05-01', endDate: '2026-04-30', status: 'ended_early', statusDate: '2025-06-10' })] }))[0];
  assert.deepEqual(
    r.months.map((m) => (m.ok ? 'ok' : m.reason)),
    ['ok', '不在见习期内', '不在见习期内'],
  );
  const done = reckon(base({ interns: [intern({ startDate: '2025-05-01', endDate: '2026-04-30', status: 'completed', statusDate: '2025-07-20' })] }))[0];
  assert.equal(done.systemMonths, 3);
});

test('at most 12 months per person over all internships: the 13th month is refused', () => {
  const claimed = new Set(windowMonths('2024-05', 11));
  const r = reckon(
    base({
      claimedElsewhere: new Map([['p1', claimed]]),
      interns: [intern({ startDate: '2024-05-01', endDate: '2025-12-31' })],
      window: windowMonths('2025-04', 3),
    }),
  )[0];
  assert.deepEqual(
    r.months.map((m) => (m.ok ? 'ok' : m.reason)),
    ['ok', '超过12个月', '超过12个月'],
  );
});

test('a month claimed elsewhere, without approved attendance, or not ended does not count', () => {
  const attendance = allAttendance('p1', '2025-01', 12);
  attendance.delete('p1|2025-06');
  const r = reckon(
    base({
      attendance,
      claimedElsewhere: new Map([['p1', new Set(['2025-05'])]]),
      window: windowMonths('2025-05', 3),
      currentMonth: '2025-07',
    }),
  )[0];
  assert.deepEqual(
    r.months.map((m) => (m.ok ? 'ok' : m.reason)),
    ['已申领', '考勤未审核', '月份未结束'],
  );
  assert.equal(r.systemMonths, 0);
});

test('a change of minimum wage inside the window: each month at the wage in force in it', () => {
  const r = reckon(base({ window: windowMonths('2025-03', 3) }))[0];
  assert.deepEqual(
    r.months.map((m) => (m.ok ? m.amountFen : m.reason)),
    [118800, 129000, 129000],
  );
  assert.equal(
    takeMonths(r, 3).reduce((s, m) => s + m.amountFen, 0),
    376800,
  );
  assert.deepEqual(
    takeMonths(r, 2).map((m) => m.month),
    ['2025-03', '2025-04'],
  );
});

test('a province row with a retention raise and a one-off bonus is data, not code', () => {
  const other: Standard[] = [
    { effectiveFrom: '2024-01-01', rateBp: 6000, retentionThresholdBp: 5000, raisedRateBp: 7000, retentionBonusFen: 100000, insuranceCapFen: 30000 },
  ];
  assert.equal(retentionBp(['retained', 'completed', 'active']), 5000);
  const raised = reckon(base({ standards: other, unitRetentionBp: retentionBp(['retained', 'completed']) }))[0];
  assert.equal(raised.monthlyFen, 150500); // 70 % × 2150 元
  const flat = reckon(base({ standards: other, unitRetentionBp: retentionBp(['retained', 'completed', 'ended_early']) }))[0];
  assert.equal(flat.monthlyFen, 129000);
  const shanxi = reckon(base({ unitRetentionBp: 10000 }))[0];
  assert.equal(shanxi.monthlyFen, 129000, 'Shanxi has no raise whatever the 留用率');

  // The one-off per retained intern: 1000 元 under the other row, once; nothing under Shanxi's.
  const kept = intern({ status: 'retained', statusDate: '2025-12-31' });
  assert.equal(retentionBonusFor(other, kept), 100000);
  assert.equal(retentionBonusFor(other, intern({ status: 'completed', statusDate: '2025-12-31' })), 0, 'only a retained intern');
  assert.equal(retentionBonusFor(SHANXI, kept), 0);
  assert.equal(retentionBonusFor(other, { ...kept, statusDate: '2023-12-31' }), 0, 'retained before the row took effect');
  assert.equal(reckon(base({ standards: other, interns: [kept] }))[0].retentionBonusFen, 100000);
  assert.equal(reckon(base({ standards: other, interns: [kept], bonusClaimed: new Set(['i1']) }))[0].retentionBonusFen, 0, 'already in another claim');
  assert.equal(reckon(base({ interns: [kept] }))[0].retentionBonusFen, 0);
});

test('insurance: the lower of premium and cap; the policy must cover the whole internship', () => {
  assert.equal(insuranceFen(18000, 24000), 18000);
  assert.equal(insuranceFen(30000, 24000), 24000);
  const i = { startDate: '2025-05-01', endDate: '2025-10-31' };
  assert.equal(policyCovers({ start: '2025-04-20', end: '2026-04-19' }, i), true);
  assert.equal(policyCovers({ start: '2025-05-02', end: '2026-04-19' }, i), false);
  assert.equal(policyCovers({ start: '2025-04-20', end: '2025-10-30' }, i), false);
});

test('months and names', () => {
  assert.equal(addMonths('2025-11', 3), '2026-02');
  assert.equal(maskName('张晓明'), '张*明');
  assert.equal(maskName('李娜'), '李*');
  assert.equal(maskName('欧阳娜娜'), '欧**娜');
});
