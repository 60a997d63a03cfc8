import assert from 'node:assert/strict';
import { test } from 'node:test';
import { seedPlan } from './plan';

test('db:seed writes reference data only unless --demo is given', () => {
  assert.deepEqual(seedPlan([], 'production'), { demo: false, bench: false });
  assert.deepEqual(seedPlan([], undefined), { demo: false, bench: false });
  assert.deepEqual(seedPlan(['--demo'], 'development'), { demo: true, bench: false });
  assert.deepEqual(seedPlan(['--bench'], undefined), { demo: true, bench: true });
});

test('demo data into production is refused, in Chinese, unless forced', () => {
  for (const argv of [['--demo'], ['--bench']]) {
    const plan = seedPlan(argv, 'production');
    assert.ok('refused' in plan);
    assert.match(plan.refused, /拒绝写入演示数据：NODE_ENV=production/);
    assert.match(plan.refused, /--force/);
  }
  assert.deepEqual(seedPlan(['--demo', '--force'], 'production'), { demo: true, bench: false });
});
