import type { Db } from '@/lib/db/client';
import { seedBench } from './bench';
import { seedDemoAccounts } from './demo-accounts';
import { seedDemoPositions } from './demo-positions';
import { seedReference } from './reference';

/**
 * Idempotent and deterministic: running it twice leaves the same rows. Reference data always;
 * `demo` adds the demo accounts (with the password printed in the README), units and positions;
 * `bench` adds the benchmark data set (100,000 positions).
 */
export async function seed(db: Db, opts: { demo: boolean; bench?: boolean }): Promise<{ regions: number; demoAccounts: number; demoPositions: number; benchPositions: number }> {
  const { regions } = await seedReference(db);
  const demoAccounts = opts.demo ? await seedDemoAccounts(db) : 0;
  const demoPositions = opts.demo ? await seedDemoPositions(db) : 0;
  const benchPositions = opts.bench ? await seedBench(db) : 0;
  return { regions, demoAccounts, demoPositions, benchPositions };
}
