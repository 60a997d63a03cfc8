import 'server-only';
import { sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import type { FilingKind } from '@/lib/db/schema';

/** Approvals that change a statistic: a 见习单位, a published position, internships and their ends. */
const COUNTED: ReadonlySet<FilingKind> = new Set(['qualification', 'position', 'match', 'on_duty']);

/** Rebuilds the flat statistics views (lib/db/schema/stats.ts) from the tables. */
export async function refreshStats(db: Db): Promise<void> {
  await db.execute(sql`refresh materialized view stats_units`);
  await db.execute(sql`refresh materialized view stats_positions`);
  await db.execute(sql`refresh materialized view stats_internships`);
  await db.execute(sql`refresh materialized view stats_unit_categories`);
}

let running: Promise<void> | null = null;
let again = false;

/**
 * After an approving decision: refresh in the background, never holding up the reviewer. A burst
 * of decisions costs one refresh in flight and at most one more after it.
 */
export function refreshStatsAfter(db: Db, kind: FilingKind): Promise<void> {
  if (!COUNTED.has(kind)) return Promise.resolve();
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    do {
      again = false;
      await refreshStats(db).catch((e: unknown) => console.error('统计视图刷新失败', e instanceof Error ? e.message : e));
    } while (again);
    running = null;
  })();
  return running;
}
