import { sql } from 'drizzle-orm';
import type { Db } from './client';
import { regions } from './schema';
import { shanxiDivisions } from '@/lib/regions/divisions';
import { seedDemoAccounts } from './seed-demo';

/** Idempotent and deterministic: running it twice leaves the same rows. */
export async function seed(db: Db, opts: { demo?: boolean } = {}): Promise<{ regions: number; demoAccounts: number }> {
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
  const demoAccounts = opts.demo === false ? 0 : await seedDemoAccounts(db);
  return { regions: divisions.length, demoAccounts };
}
