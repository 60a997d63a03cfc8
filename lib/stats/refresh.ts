import 'server-only';
import type { Db } from '@/lib/db/client';
import type { FilingKind } from '@/lib/db/schema';
import { rebuildStats } from './rebuild';

/**
 * Approvals that change a statistic: a 见习单位, a published position, internships and their ends,
 * and subsidy claims (counted once the city approves them).
 */
const COUNTED: ReadonlySet<FilingKind> = new Set(['qualification', 'position', 'match', 'on_duty', 'subsidy']);

/**
 * Rebuilds the statistics tables (lib/db/schema/stats.ts) from the platform's tables in one
 * transaction that readers do not wait for (lib/stats/rebuild.ts).
 */
export async function refreshStats(db: Db): Promise<void> {
  await rebuildStats(db);
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
      await refreshStats(db).catch((e: unknown) => console.error('统计表刷新失败', e instanceof Error ? e.message : e));
    } while (again);
    running = null;
  })();
  return running;
}

/** Resolves when no refresh is in flight (after a decision, before reading what it changed). */
export function statsRefreshed(): Promise<void> {
  return running ?? Promise.resolve();
}
