import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatRowError } from '@/lib/batch';
import { attendanceRow, parseRows, type Cell } from '@/lib/test/batch-files';
import { attendanceSpec } from './attendance';

async function errorsOf(overrides: Record<string, Cell>): Promise<string[]> {
  const r = await parseRows(attendanceSpec, [{ ...attendanceRow(1), ...overrides }]);
  assert.ok(r.ok, r.ok ? '' : r.refusal.message);
  return r.errors.map((e) => `${e.column} · ${e.message}`);
}

describe('见习考勤 rows', () => {
  test('a valid row', async () => {
    const r = await parseRows(attendanceSpec, [attendanceRow(1)]);
    assert.ok(r.ok);
    assert.deepEqual(r.rows[0].values, {
      name: attendanceRow(1).姓名,
      idCard: attendanceRow(1).身份证号,
      month: '2026-03',
      dueDays: 22,
      presentDays: 20,
      leaveDays: 1,
      absentDays: 1,
      note: null,
    });
  });
  test('考勤月份 forms, and not after this month', async () => {
    assert.deepEqual(await errorsOf({ 考勤月份: '2026年3月' }), []);
    assert.deepEqual(await errorsOf({ 考勤月份: '2026/3' }), []);
    assert.deepEqual(await errorsOf({ 考勤月份: '三月' }), ['考勤月份 · 考勤月份“三月”不是可识别的月份']);
    assert.deepEqual(await errorsOf({ 考勤月份: '2026-12' }), ['考勤月份 · 考勤月份2026-12晚于本月（2026-11）']);
  });
  test('days are whole, not negative, and numbers', async () => {
    assert.deepEqual(await errorsOf({ 实际出勤天数: '19.5', 请假天数: '-1', 旷工天数: '一天' }), [
      '实际出勤天数 · 实际出勤天数应为整数，不能有小数',
      '请假天数 · 请假天数不能为负数',
      '旷工天数 · 旷工天数应填写数字',
    ]);
    assert.deepEqual(await errorsOf({ 请假天数: '' }), ['请假天数 · 请假天数不能为空']);
  });
  test('应出勤天数 within the month', async () => {
    assert.deepEqual(await errorsOf({ 考勤月份: '2026-02', 应出勤天数: 29, 实际出勤天数: 27 }), ['应出勤天数 · 应出勤天数29天超过了2026-02的天数（28天）']);
  });
  test('实际 + 请假 + 旷工 = 应出勤', async () => {
    assert.deepEqual(await errorsOf({ 实际出勤天数: 21 }), ['应出勤天数 · 实际出勤21天 + 请假1天 + 旷工1天 = 23天，与应出勤天数22天不相等']);
    assert.deepEqual(await errorsOf({ 实际出勤天数: 19 }), ['应出勤天数 · 实际出勤19天 + 请假1天 + 旷工1天 = 21天，与应出勤天数22天不相等']);
  });
  test('one row per person and month', async () => {
    const r = await parseRows(attendanceSpec, [attendanceRow(1), { ...attendanceRow(1), 考勤月份: '2026-04' }, { ...attendanceRow(1), 考勤月份: '2026年4月' }]);
    assert.ok(r.ok);
    assert.deepEqual(r.errors.map(formatRowError), [
      '第4行 · 身份证号 · 与第3行是同一人同一考勤月份（身份证号和考勤月份都相同） · 每人每月只能有一行考勤，请删除重复的行或核对身份证号、考勤月份',
    ]);
  });
});
