import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatTime, monthInShanghai, todayInShanghai } from './index';

describe('Shanghai calendar', () => {
  test('the day and month turn at 16:00 UTC, not at UTC midnight', () => {
    assert.equal(todayInShanghai(new Date('2026-03-31T15:59:59Z')), '2026-03-31');
    assert.equal(todayInShanghai(new Date('2026-03-31T16:00:00Z')), '2026-04-01');
    assert.equal(monthInShanghai(new Date('2026-03-31T15:59:59Z')), '2026-03');
    assert.equal(monthInShanghai(new Date('2026-12-31T17:00:00Z')), '2027-01');
  });
  test('times are shown to the minute in Shanghai', () => {
    assert.equal(formatTime(new Date('2026-11-28T06:03:40Z')), '2026-11-28 14:03');
    assert.equal(formatTime(null), '');
  });
});
