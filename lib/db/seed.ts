import { sql } from 'drizzle-orm';
import type { Db } from './client';
import { regions } from './schema';
import { shanxiDivisions } from '@/lib/regions/divisions';
import { seedDemoAccounts } from './seed-demo';
import { seedBench } from './seed-bench';
import { seedDemoPositions, seedMinWage } from './seed-posts';
import { seedSubsidyDemo, seedSubsidyStandards } from './seed-subsidy';
import { todayInShanghai } from '@/lib/time';

/**
 * Idempotent and deterministic: running it twice leaves the same rows. `demo: false` leaves out the
 * demo accounts and positions; `subsidyDemo` adds the demo interns and claim of the subsidy cycle
 * (left out of the unit tests' databases, whose checks count the demo units' interns); `bench` adds the benchmark data set (100,000 positions).
 */
export async function seed(db: Db, opts: { demo?: boolean; bench?: boolean; subsidyDemo?: boolean } = {}): Promise<{ regions: number; demoAccounts: number; demoPositions: number; benchPositions: number }> {
  const divisions = shanxiDivisions();
  await db.transaction(async (tx) => {
    await tx
      .insert(regions)
      .values(divisions)
      .onConflictDoUpdate({
        target: regions.code,
        set: {
          name: sql`excluded.name`,
          level: sql`excluded.level`,
          parentCode: sql`excluded.parent_code`,
          sort: sql`excluded.sort`,
        },
      });
  });
  await seedMinWage(db);
  await seedSubsidyStandards(db);
  const demoAccounts = opts.demo === false ? 0 : await seedDemoAccounts(db);
  const demoPositions = opts.demo === false ? 0 : await seedDemoPositions(db);
  if (opts.demo !== false && opts.subsidyDemo) await seedSubsidyDemo(db, todayInShanghai());
  const benchPositions = opts.bench ? await seedBench(db) : 0;
  // Seeded rows bypass the decisions that refresh the statistics views (lib/stats/refresh.ts).
  for (const view of ['stats_units', 'stats_positions', 'stats_internships', 'stats_unit_categories']) await db.execute(sql.raw(`refresh materialized view ${view}`));
  return { regions: divisions.length, demoAccounts, demoPositions, benchPositions };
}
