import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { choiceColumn, dateColumn, idCardColumn, integerColumn, mobileColumn, monthColumn, moneyColumn, textColumn } from './columns';
import type { AnyColumn, CellValue } from './types';

function read(column: AnyColumn, v: CellValue): { value?: unknown; message?: string; fix?: string } {
  const r = column.schema.safeParse(v);
  if (r.success) return { value: r.data };
  const issue = r.error.issues[0];
  return { message: issue.message, fix: issue.code === 'custom' && typeof issue.params?.fix === 'string' ? issue.params.fix : undefined };
}

const id = idCardColumn({ key: 'id', header: '身份证号', rule: '' });

describe('身份证号 column', () => {
  test('canonical form from spaces, lower-case x and full-width digits', () => {
    assert.equal(read(id, ' 11010519491231002x ').value, '11010519491231002X');
    assert.equal(read(id, '１１０１０５１９４９１２３１００２Ｘ').value, '11010519491231002X');
  });
  test('a numeric cell is refused as an Excel conversion, never completed', () => {
    assert.match(read(id, 140105200001011000).message!, /已被 Excel 转成数字/);
    assert.match(read(id, 11010519491231).message!, /已被 Excel 转成数字/);
  });
  test('scientific text from a CSV is refused the same way', () => {
    assert.match(read(id, '1.40105E+17').message!, /已被 Excel 转成数字（科学计数法），后几位已丢失/);
  });
  test('check digit and length messages come from lib/validation', () => {
    assert.equal(read(id, '110101199003074478').message, '身份证号校验位不正确，请核对后重新输入');
    assert.equal(read(id, '1101011990030744').message, '身份证号应为18位，当前为16位');
  });
});

describe('other columns', () => {
  const mobile = mobileColumn({ key: 'm', header: '手机号码', required: true, rule: '' });
  test('手机号码: numeric cells are exact for 11 digits; separators are dropped', () => {
    assert.equal(read(mobile, 13912345678).value, '13912345678');
    assert.equal(read(mobile, '139-1234-5678').value, '13912345678');
    assert.equal(read(mobile, '0351-7731427').message, '手机号码应为以1开头的11位数字，当前为“0351-7731427”');
  });
  test('dates: not a real day, not a date', () => {
    const date = dateColumn({ key: 'd', header: '协议签订日期', required: true, rule: '' });
    assert.equal(read(date, '2026年3月1日').value, '2026-03-01');
    assert.equal(read(date, '2026-02-29').message, '协议签订日期“2026-02-29”不是真实存在的日期');
    assert.equal(read(date, '三月一日').message, '协议签订日期“三月一日”不是可识别的日期');
  });
  test('months', () => {
    const month = monthColumn({ key: 'm', header: '考勤月份', required: true, rule: '' });
    assert.equal(read(month, '2026年3月').value, '2026-03');
    assert.equal(read(month, '2026-3-15').message, '考勤月份“2026-3-15”不是可识别的月份');
  });
  test('integers: text, full-width, decimals, negatives, too large', () => {
    const days = integerColumn({ key: 'n', header: '应出勤天数', required: true, max: 31, rule: '' });
    assert.equal(read(days, '２２').value, 22);
    assert.equal(read(days, 22).value, 22);
    assert.equal(read(days, '22天').message, '应出勤天数应填写数字');
    assert.equal(read(days, 21.5).message, '应出勤天数应为整数，不能有小数');
    assert.equal(read(days, '-1').message, '应出勤天数不能为负数');
    assert.equal(read(days, 32).message, '应出勤天数不能大于31');
  });
  test('money in integer fen, exact', () => {
    const money = moneyColumn({ key: 'a', header: '生活补助发放金额（元）', required: true, rule: '' });
    assert.equal(read(money, 1980).value, 198000);
    assert.equal(read(money, 0.1 + 0.2).value, 30);
    assert.equal(read(money, '1,980.50').value, 198050);
    assert.equal(read(money, '￥1980元').value, 198000);
    assert.equal(read(money, '0').value, 0);
    assert.equal(read(money, '1980.505').message, '生活补助发放金额（元）最多保留两位小数（到分），当前为“1980.505”');
    assert.equal(read(money, -5).message, '生活补助发放金额（元）不能为负数');
    assert.equal(read(money, '约两千').message, '生活补助发放金额（元）“约两千”不是金额');
  });
  test('choices: dashes as typed, TRUE/FALSE for 是/否, anything else named', () => {
    const category = choiceColumn({ key: 'c', header: '人员类别', required: true, options: ['16–24岁失业青年', '离校2年内未就业高校毕业生'], rule: '' });
    assert.equal(read(category, '16-24岁失业青年').value, '16–24岁失业青年');
    assert.equal(read(category, '16～24岁失业青年').value, '16–24岁失业青年');
    assert.equal(read(category, '失业青年').message, '人员类别“失业青年”不是可选的值');
    const yes = choiceColumn({ key: 'y', header: '是否已参加意外伤害保险', required: true, options: ['是', '否'], rule: '' });
    assert.equal(read(yes, true).value, '是');
    assert.equal(read(yes, '否').value, '否');
  });
  test('text: length and digits in a name', () => {
    const name = textColumn({ key: 'n', header: '姓名', required: true, max: 4, noDigits: true, rule: '' });
    assert.equal(read(name, ' 张三 ').value, '张三');
    assert.equal(read(name, '张三丰五六').message, '姓名不能超过4个字，当前5个字');
    assert.deepEqual(read(name, '张3'), { message: '姓名不应包含数字', fix: '请填写姓名，不要填写编号或证件号' });
  });
});
