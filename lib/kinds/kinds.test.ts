import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { filingKinds } from '@/lib/db/schema/filings';
import { UNIT_ITEMS } from '@/lib/nav/menus';
import { FILING_KINDS, KINDS, kindHref, kindOfSlug, reportKindOfSlug } from './index';

/** Every part of a kind's record; a kind added without one of them fails here (and in tsc). */
const PARTS = ['label', 'slug', 'filedBy', 'description', 'order', 'reviewLevels', 'details', 'warnings', 'onApprove', 'afterApprove', 'report'] as const;
const FUNCTIONS = ['details', 'warnings', 'onApprove', 'afterApprove'] as const;

describe('filing-kind registry', () => {
  test('holds every kind of the database, each with every part of its record', () => {
    assert.deepEqual([...FILING_KINDS].sort(), [...filingKinds].sort());
    for (const kind of filingKinds) {
      const record = KINDS[kind] as Record<string, unknown>;
      assert.ok(record, `${kind} has no record`);
      assert.deepEqual(Object.keys(record).sort(), [...PARTS].sort(), `${kind}: parts`);
      for (const part of PARTS) assert.notEqual(record[part], undefined, `${kind}.${part} is missing (null when it has none)`);
      assert.equal(typeof record.details, 'function', `${kind}.details`);
      for (const part of FUNCTIONS) assert.ok(record[part] === null || typeof record[part] === 'function', `${kind}.${part}`);
      assert.ok(KINDS[kind].reviewLevels === 1 || KINDS[kind].reviewLevels === 2, `${kind}.reviewLevels`);
      assert.match(KINDS[kind].label, /^[\u4e00-\u9fa5]+$/, `${kind}.label`);
      assert.ok(KINDS[kind].description.length > 0, `${kind}.description`);
    }
  });

  test('one canonical key per kind; URL slugs map to it both ways', () => {
    assert.equal(new Set(FILING_KINDS.map((k) => KINDS[k].slug)).size, FILING_KINDS.length);
    assert.equal(new Set(FILING_KINDS.map((k) => KINDS[k].label)).size, FILING_KINDS.length);
    for (const kind of FILING_KINDS) assert.equal(kindOfSlug(KINDS[kind].slug), kind);
    assert.equal(kindOfSlug('on-duty'), 'on_duty');
    assert.equal(kindOfSlug('on_duty'), null, 'the URL keeps its slug; the key is not a second spelling');
    assert.equal(kindHref('position'), '/unit/post-apply');
  });

  test('the batch kinds carry their report spec; templates and imports find them by slug', () => {
    for (const kind of ['match', 'attendance', 'on_duty'] as const) {
      const found = reportKindOfSlug(KINDS[kind].slug);
      assert.ok(found, kind);
      assert.equal(found.kind, kind);
      assert.equal(found.report.spec.kind, kind, 'the spec names the same kind');
      assert.equal(KINDS[kind].report, found.report);
    }
    for (const kind of ['qualification', 'position', 'subsidy'] as const) {
      assert.equal(KINDS[kind].report, null);
      assert.equal(reportKindOfSlug(KINDS[kind].slug), null, `no template for ${kind}`);
    }
  });

  test('法人办事 → 就业创业 keeps the manual’s names, order and places', () => {
    assert.deepEqual(
      UNIT_ITEMS.map((i) => i.label),
      ['就业见习单位申请', '就业见习岗位申请', '就业见习岗位查询', '见习匹配结果批量上报', '见习考勤批量上报', '见习人员每月在岗情况上报', '就业见习补贴申领'],
    );
    assert.deepEqual(
      UNIT_ITEMS.map((i) => i.href),
      ['/unit/qualification', '/unit/post-apply', '/unit/posts', '/unit/match', '/unit/attendance', '/unit/on-duty', '/unit/subsidy'],
    );
  });
});
