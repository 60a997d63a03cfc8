import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  bankAccountError,
  bankCodeError,
  birthDateOf,
  genderOf,
  idCardError,
  maskBankAccount,
  maskIdCard,
  mobileError,
  normalizeIdCard,
  phoneError,
  usccCheckChar,
  usccError,
} from './index';

describe('统一社会信用代码', () => {
  test('accepts published codes', () => {
    for (const code of ['91350100M000100Y43', '91110000600037341L', '12100000400000624D']) assert.equal(usccError(code), null, code);
  });
  test('accepts lower case, spaces and full-width characters', () => {
    assert.equal(usccError(' 91350100m000100y43 '), null);
    assert.equal(usccError('９１３５０１００Ｍ０００１００Ｙ４３'), null);
  });
  test('refuses a wrong check character with a Chinese message', () => {
    assert.equal(usccError('91350100M000100Y44'), '统一社会信用代码校验位不正确，请核对后重新输入');
  });
  test('refuses wrong length and forbidden letters', () => {
    assert.match(usccError('91350100M000100Y4')!, /应为18位，当前为17位/);
    assert.match(usccError('91350100I000100Y43')!, /不含 I、O、Z、S、V/);
  });
  test('computes the check character from weights 3^i mod 31', () => {
    assert.equal(usccCheckChar('91350100M000100Y4'), '3');
  });
});

describe('居民身份证号', () => {
  const today = new Date('2026-11-28T00:00:00Z');
  test('accepts valid numbers, including the GB 11643 example with X', () => {
    for (const id of ['11010519491231002X', '11010119900307803X', '110101199003074477']) assert.equal(idCardError(id, today), null, id);
  });
  test('accepts lower-case x and surrounding spaces, stores canonical', () => {
    assert.equal(idCardError(' 11010519491231002x ', today), null);
    assert.equal(normalizeIdCard(' 11010519491231002x '), '11010519491231002X');
  });
  test('refuses a wrong check digit', () => {
    assert.equal(idCardError('110101199003074478', today), '身份证号校验位不正确，请核对后重新输入');
  });
  test('refuses an impossible birth date, a future one and an unknown province', () => {
    assert.equal(idCardError('110101199002304477', today), '身份证号中的出生日期不是有效日期');
    assert.equal(idCardError('110101203001014471', today), '身份证号中的出生日期晚于今天');
    assert.equal(idCardError('991010199003074477', today), '身份证号前两位不是有效的省份代码');
  });
  test('says that Excel turned the number into a float and never guesses', () => {
    assert.match(idCardError('1.40105E+17', today)!, /已被 Excel 转成数字/);
    assert.match(idCardError('140105200001011000', today)!, /校验位不正确/);
  });
  test('reads birth date and gender, and masks', () => {
    assert.equal(birthDateOf('11010519491231002X'), '1949-12-31');
    assert.equal(genderOf('11010519491231002X'), '女');
    assert.equal(genderOf('110101199003074477'), '男');
    assert.equal(maskIdCard('140105200001011234'), '1401**********1234');
  });
  test('a birth date must be a real calendar day: leap years by the Gregorian rule, month lengths', () => {
    const born = (ymd: string) => birthDateOf(`140105${ymd}1234`);
    for (const ymd of ['20000229', '20040229', '19991231', '20230430', '20240131', '19000101'])
      assert.equal(born(ymd), `${ymd.slice(0, 4)}-${ymd.slice(4, 6)}-${ymd.slice(6)}`);
    for (const ymd of ['19000229', '20230229', '21000229', '20230431', '20230631', '20231301', '20230001', '20230100', '18991231'])
      assert.equal(born(ymd), null, ymd);
    for (const ymd of ['2000a101', '20０00101', '1e990101', '2000 101']) assert.equal(born(ymd), null, ymd);
  });
});

describe('phones and bank numbers', () => {
  test('mobile numbers', () => {
    assert.equal(mobileError('13912345678'), null);
    assert.equal(mobileError('12912345678'), '手机号码应为以1开头的11位数字');
    assert.equal(mobileError('1391234567'), '手机号码应为以1开头的11位数字');
  });
  test('联系电话 takes a mobile or a landline with area code', () => {
    assert.equal(phoneError('0351-7731427'), null);
    assert.equal(phoneError('13912345678'), null);
    assert.equal(phoneError('7731427'), '联系电话应为11位手机号码或带区号的固定电话（如 0351-7731427）');
  });
  test('开户行行号 is 12 digits; 银行账号 8–32 digits', () => {
    assert.equal(bankCodeError('102161000019'), null);
    assert.equal(bankCodeError('10216100001'), '开户行行号应为12位数字');
    assert.equal(bankAccountError('6222 0206 0000 1234 567'), null);
    assert.equal(bankAccountError('1234567'), '银行账号应为8–32位数字');
    assert.equal(maskBankAccount('6222020600001234567'), '***************4567');
  });
});
