import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatRowError } from '@/lib/batch';
import { matchRow, parseRows, validId, type Cell } from '@/lib/test/batch-files';
import { durationText, matchSpec } from './match';

/** The errors of one row as 列名 · message, plus the fix of the first. */
async function errorsOf(overrides: Record<string, Cell>, base = matchRow(1)): Promise<string[]> {
  const r = await parseRows(matchSpec, [{ ...base, ...overrides }]);
  assert.ok(r.ok, r.ok ? '' : r.refusal.message);
  return r.errors.map((e) => `${e.column} · ${e.message}`);
}

const youth = { ...matchRow(1), 人员类别: '16–24岁失业青年', 学历: '高中', 专业: null, 毕业院校: null, 毕业时间: null };

describe('见习匹配结果 rows', () => {
  test('a valid row has no errors and canonical values', async () => {
    const r = await parseRows(matchSpec, [matchRow(1)]);
    assert.ok(r.ok && r.errorCount === 0 && r.rows[0].values.category === '离校2年内未就业高校毕业生');
  });
  test('required cells', async () => {
    assert.deepEqual(await errorsOf({ 姓名: '', 岗位编号: ' ' }), ['姓名 · 姓名不能为空', '岗位编号 · 岗位编号不能为空']);
  });
  test('身份证号 and 手机号码', async () => {
    assert.deepEqual(await errorsOf({ 身份证号: '140105200101011001', 手机号码: '1391234567' }), [
      '身份证号 · 身份证号校验位不正确，请核对后重新输入',
      '手机号码 · 手机号码应为以1开头的11位数字，当前为“1391234567”',
    ]);
  });
  test('学历 and 人员类别 from the lists', async () => {
    assert.deepEqual(await errorsOf({ 学历: '本科', 人员类别: '应届生' }), ['学历 · 学历“本科”不是可选的值', '人员类别 · 人员类别“应届生”不是可选的值']);
  });
  test('dates must be real days', async () => {
    assert.deepEqual(await errorsOf({ 协议签订日期: '2026-02-30' }), ['协议签订日期 · 协议签订日期“2026-02-30”不是真实存在的日期']);
  });
  test('见习开始日期 not before 协议签订日期; 协议签订日期 not after today', async () => {
    assert.deepEqual(await errorsOf({ 协议签订日期: '2026-03-02' }), ['见习开始日期 · 见习开始日期2026-03-01早于协议签订日期2026-03-02']);
    assert.deepEqual(await errorsOf({ 协议签订日期: '2026-12-01', 见习开始日期: '2026-12-01', 见习结束日期: '2027-05-31' }), [
      '协议签订日期 · 协议签订日期2026-12-01晚于今天（2026-11-28）',
    ]);
  });
  test('见习期限 3 to 12 months, both days counted', async () => {
    assert.deepEqual(await errorsOf({ 见习结束日期: '2026-05-31' }), []);
    assert.deepEqual(await errorsOf({ 见习结束日期: '2027-02-28' }), []);
    assert.deepEqual(await errorsOf({ 见习结束日期: '2026-05-30' }), ['见习结束日期 · 见习期限为2个月30天，不足3个月（2026-03-01至2026-05-30）']);
    assert.deepEqual(await errorsOf({ 见习结束日期: '2027-03-01' }), ['见习结束日期 · 见习期限为12个月1天，超过12个月（2026-03-01至2027-03-01）']);
    assert.deepEqual(await errorsOf({ 见习结束日期: '2026-02-01' }), ['见习结束日期 · 结束日期早于开始日期（2026-03-01至2026-02-01）']);
    const r = await parseRows(matchSpec, [{ ...matchRow(1), 见习结束日期: '2026-04-30' }]);
    assert.equal(r.ok && r.errors[0].fix, '见习期限应为3至12个月，结束日期应在2026-05-31至2027-02-28之间');
    assert.equal(durationText('2026-03-01', '2026-08-31'), '6个月');
    assert.equal(durationText('2026-01-31', '2026-04-29'), '3个月');
  });
  test('离校2年内未就业高校毕业生: 毕业时间 within 2 years before the agreement, 专科 or above, fields filled', async () => {
    assert.deepEqual(await errorsOf({ 毕业时间: '2024-03-01' }), []);
    assert.deepEqual(await errorsOf({ 毕业时间: '2024-02-29' }), [
      '毕业时间 · 毕业时间2024-02-29距协议签订日期2026-03-01已超过2年，不属于“离校2年内未就业高校毕业生”',
    ]);
    assert.deepEqual(await errorsOf({ 毕业时间: '2026-06-30' }), ['毕业时间 · 毕业时间2026-06-30晚于协议签订日期2026-03-01，签协议时尚未毕业']);
    assert.deepEqual(await errorsOf({ 学历: '高中', 专业: '', 毕业院校: '', 毕业时间: '' }), [
      '学历 · 学历为“高中”，不属于高校毕业生（大学专科及以上）',
      '专业 · 人员类别为“离校2年内未就业高校毕业生”时，专业不能为空',
      '毕业院校 · 人员类别为“离校2年内未就业高校毕业生”时，毕业院校不能为空',
      '毕业时间 · 人员类别为“离校2年内未就业高校毕业生”时，毕业时间不能为空',
    ]);
  });
  test('16–24岁失业青年: age 16 to 24 on 协议签订日期, from the ID’s birth date', async () => {
    assert.deepEqual(await errorsOf({ 身份证号: validId(0, '2001-03-02') }, youth), []);
    assert.deepEqual(await errorsOf({ 身份证号: validId(0, '2010-03-01') }, youth), []);
    assert.deepEqual(await errorsOf({ 身份证号: validId(0, '2001-03-01') }, youth), [
      '人员类别 · 按身份证号的出生日期，协议签订日期2026-03-01时年龄为25周岁，不在“16–24岁失业青年”的16至24周岁之内',
    ]);
    assert.deepEqual(await errorsOf({ 身份证号: validId(0, '2010-03-02') }, youth), [
      '人员类别 · 按身份证号的出生日期，协议签订日期2026-03-01时年龄为15周岁，不在“16–24岁失业青年”的16至24周岁之内',
    ]);
  });
  test('the same person twice in one file', async () => {
    const r = await parseRows(matchSpec, [matchRow(1), matchRow(2), { ...matchRow(1), 姓名: '李芳芳' }]);
    assert.ok(r.ok);
    assert.deepEqual(r.errors.map(formatRowError), [
      '第4行 · 身份证号 · 与第2行是同一人（身份证号相同）；同一文件中每人只能上报一条匹配结果 · 请删除重复的行，或核对身份证号是否填错',
    ]);
    assert.deepEqual(
      r.rows.map((x) => x.row),
      [2, 3],
    );
  });
});
