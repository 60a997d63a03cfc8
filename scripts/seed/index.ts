import type { Db } from '@/lib/db/client';
import { rebuildStats } from '@/lib/stats/rebuild';
import { seedBench } from './bench';
import { seedDemoAccounts } from './demo-accounts';
import { seedDemoPositions } from './demo-positions';
import { seedReference } from './reference';
import { seedSubsidyDemo } from './subsidy';
import { todayInShanghai } from '@/lib/time';

/**
 * Idempotent and deterministic: running it twice leaves the same rows. Reference data always;
 * `demo` adds the demo accounts (with the password printed in the README), units and positions;
 * `subsidyDemo` (with `demo`) adds the demo interns and claim of the subsidy cycle (left out of the
 * unit tests' databases, whose checks count the demo units' interns), dated back from `today`
 * (default: today in Asia/Shanghai; tests give a fixed day, so that they pass on any date); `bench`
 * adds the benchmark data set (100,000 positions).
 */
export async function seed(
  db: Db,
  opts: { demo: boolean; bench?: boolean; subsidyDemo?: boolean; today?: string },
): Promise<{ regions: number; demoAccounts: number; demoPositions: number; benchPositions: number }> {
  const { regions } = await seedReference(db);
  const demoAccounts = opts.demo ? await seedDemoAccounts(db) : 0;
  const demoPositions = opts.demo ? await seedDemoPositions(db) : 0;
  if (opts.demo && opts.subsidyDemo) await seedSubsidyDemo(db, opts.today ?? todayInShanghai());
  const benchPositions = opts.bench ? await seedBench(db) : 0;
  // Seeded rows bypass the decisions that refresh the statistics tables (lib/stats/refresh.ts).
  await rebuildStats(db);
  return { regions, demoAccounts, demoPositions, benchPositions };
}
