import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { addMonths, ageOn, asciiText, daysInMonth, excelSerialToIso, lastDayOfMonth, parseDate, parseMonth } from './normalize';
import { todayInShanghai } from '@/lib/time';

describe('dates typed by clerks', () => {
  test('text forms: 2026/3/1, 2026.03.01, 2026-3-1, 2026年3月1日, 20260301, with a time of day', () => {
    for (const text of [
      '2026/3/1',
      '2026.03.01',
      '2026-3-1',
      '2026年3月1日',
      '2026年03月01',
      '20260301',
      ' 2026-03-01 ',
      '2026/3/1 0:00',
      '2026-03-01 00:00:00',
    ]) {
      assert.deepEqual(parseDate(text), { ok: true, iso: '2026-03-01' }, text);
    }
  });
  test('full-width digits', () => {
    assert.deepEqual(parseDate('２０２６－０３－０１'), { ok: true, iso: '2026-03-01' });
    assert.equal(asciiText('１３９１２３４５６７８'), '13912345678');
  });
  test('a real Excel date cell and an Excel day serial', () => {
    assert.deepEqual(parseDate(new Date(Date.UTC(2026, 2, 1))), { ok: true, iso: '2026-03-01' });
    assert.deepEqual(parseDate(46082), { ok: true, iso: '2026-03-01' });
    assert.equal(excelSerialToIso(61), '1900-03-01');
    assert.equal(excelSerialToIso(46082.75), '2026-03-01');
  });
  test('days that do not exist, and forms that are not dates', () => {
    assert.deepEqual(parseDate('2026-02-30'), { ok: false, reason: 'not-a-day' });
    assert.deepEqual(parseDate('2026-13-01'), { ok: false, reason: 'not-a-day' });
    for (const text of ['3/1/2026', '下月初', '2026-03', '1', '']) assert.deepEqual(parseDate(text), { ok: false, reason: 'format' }, text);
    assert.deepEqual(parseDate(5), { ok: false, reason: 'format' });
  });
});

describe('months', () => {
  test('2026-03, 2026/3, 2026年3月, 2026.3, 202603 and Excel’s conversion to the first of the month', () => {
    for (const v of ['2026-03', '2026/3', '2026年3月', '2026.3', '202603', '２０２６－０３', new Date(Date.UTC(2026, 2, 1)), 46082, '2026-03-01']) {
      assert.equal(parseMonth(v), '2026-03', String(v));
    }
  });
  test('refuses a day other than the first and impossible months', () => {
    assert.equal(parseMonth('2026-03-15'), null);
    assert.equal(parseMonth('2026-13'), null);
    assert.equal(parseMonth('三月'), null);
  });
  test('month arithmetic', () => {
    assert.equal(daysInMonth('2026-02'), 28);
    assert.equal(daysInMonth('2028-02'), 29);
    assert.equal(lastDayOfMonth('2026-04'), '2026-04-30');
    assert.equal(addMonths('2026-01-31', 1), '2026-02-28');
    assert.equal(addMonths('2026-03-01', -24), '2024-03-01');
  });
});

describe('ages and today', () => {
  test('whole years, the birthday itself counting', () => {
    assert.equal(ageOn('2002-03-01', '2026-02-28'), 23);
    assert.equal(ageOn('2002-03-01', '2026-03-01'), 24);
  });
  test('today is taken in Asia/Shanghai', () => {
    assert.equal(todayInShanghai(new Date('2026-03-31T17:00:00Z')), '2026-04-01');
  });
});
