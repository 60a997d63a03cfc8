import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatRowError } from '@/lib/batch';
import { onDutyRow, parseRows, type Cell } from '@/lib/test/batch-files';
import { onDutySpec } from './on-duty';

async function errorsOf(overrides: Record<string, Cell>): Promise<string[]> {
  const r = await parseRows(onDutySpec, [{ ...onDutyRow(1), ...overrides }]);
  assert.ok(r.ok, r.ok ? '' : r.refusal.message);
  return r.errors.map((e) => `${e.column} · ${e.message}`);
}

describe('每月在岗情况 rows', () => {
  test('a valid row, money in fen', async () => {
    const r = await parseRows(onDutySpec, [{ ...onDutyRow(1), '生活补助发放金额（元）': '2,030.50' }]);
    assert.ok(r.ok && r.errorCount === 0);
    assert.equal(r.rows[0].values.allowance, 203050);
    assert.equal(r.rows[0].values.insured, '是');
  });
  test('在岗状态 and 是否已参加意外伤害保险 from their lists', async () => {
    assert.deepEqual(await errorsOf({ 在岗状态: '请假', 是否已参加意外伤害保险: '已参加' }), [
      '在岗状态 · 在岗状态“请假”不是可选的值',
      '是否已参加意外伤害保险 · 是否已参加意外伤害保险“已参加”不是可选的值',
    ]);
  });
  test('状态变动日期 required unless 在岗, within or before 上报月份, not after today', async () => {
    assert.deepEqual(await errorsOf({ 在岗状态: '提前终止' }), ['状态变动日期 · 在岗状态为“提前终止”时，状态变动日期不能为空']);
    assert.deepEqual(await errorsOf({ 在岗状态: '期满留用', 状态变动日期: '2026-03-31' }), []);
    assert.deepEqual(await errorsOf({ 在岗状态: '离岗', 状态变动日期: '2026-02-15' }), []);
    assert.deepEqual(await errorsOf({ 在岗状态: '离岗', 状态变动日期: '2026-04-01' }), ['状态变动日期 · 状态变动日期2026-04-01晚于上报月份2026-03']);
    assert.deepEqual(await errorsOf({ 上报月份: '2026-11', 在岗状态: '离岗', 状态变动日期: '2026-11-30' }), [
      '状态变动日期 · 状态变动日期2026-11-30晚于今天（2026-11-28）',
    ]);
  });
  test('生活补助发放金额: two decimals at most, not negative; 发放日期 needed when paid', async () => {
    assert.deepEqual(await errorsOf({ '生活补助发放金额（元）': '1980.001' }), [
      '生活补助发放金额（元） · 生活补助发放金额（元）最多保留两位小数（到分），当前为“1980.001”',
    ]);
    assert.deepEqual(await errorsOf({ '生活补助发放金额（元）': -1 }), ['生活补助发放金额（元） · 生活补助发放金额（元）不能为负数']);
    assert.deepEqual(await errorsOf({ 发放日期: null }), ['发放日期 · 生活补助发放金额大于0时，发放日期不能为空']);
    assert.deepEqual(await errorsOf({ '生活补助发放金额（元）': 0, 发放日期: null }), []);
    assert.deepEqual(await errorsOf({ 发放日期: '2026-12-01' }), ['发放日期 · 发放日期2026-12-01晚于今天（2026-11-28）']);
  });
  test('上报月份 not after this month; the money header without its unit is accepted', async () => {
    assert.deepEqual(await errorsOf({ 上报月份: '2027-01', 发放日期: null, '生活补助发放金额（元）': 0 }), ['上报月份 · 上报月份2027-01晚于本月（2026-11）']);
    const header = onDutySpec.columns.map((c) => (c.key === 'allowance' ? '生活补助发放金额' : c.header));
    const rows = [Object.fromEntries(Object.entries(onDutyRow(1)).map(([k, v]) => [k === '生活补助发放金额（元）' ? '生活补助发放金额' : k, v]))];
    const r = await parseRows(onDutySpec, rows, header);
    assert.ok(r.ok && r.errorCount === 0);
  });
  test('one row per person and month', async () => {
    const r = await parseRows(onDutySpec, [onDutyRow(1), onDutyRow(2), onDutyRow(1)]);
    assert.ok(r.ok);
    assert.deepEqual(r.errors.map(formatRowError), [
      '第4行 · 身份证号 · 与第2行是同一人同一上报月份（身份证号和上报月份都相同） · 每人每月只能有一行在岗情况，请删除重复的行或核对身份证号、上报月份',
    ]);
  });
});
