import 'server-only';
import { sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { rateLimits } from '@/lib/db/schema';
import { env } from '@/lib/env';

export type Limit = { max: number; windowSeconds: number };

/** `RATE_LIMIT_LOGIN=20/300` means 20 per 300 s. */
export function limitFromEnv(name: 'RATE_LIMIT_LOGIN' | 'RATE_LIMIT_REGISTER', fallback: Limit): Limit {
  const m = /^(\d+)\/(\d+)$/.exec(env()[name] ?? '');
  return m ? { max: Number(m[1]), windowSeconds: Number(m[2]) } : fallback;
}

/**
 * Counts one hit in a fixed window shared by every process (the counter lives in the database).
 * Returns false when the key is over its limit.
 */
export async function hitRateLimit(db: Db, key: string, limit: Limit): Promise<boolean> {
  const window = sql`make_interval(secs => ${limit.windowSeconds})`;
  const [row] = await db
    .insert(rateLimits)
    .values({ key, windowStart: sql`now()`, hits: 1 })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        hits: sql`CASE WHEN ${rateLimits.windowStart} < now() - ${window} THEN 1 ELSE ${rateLimits.hits} + 1 END`,
        windowStart: sql`CASE WHEN ${rateLimits.windowStart} < now() - ${window} THEN now() ELSE ${rateLimits.windowStart} END`,
      },
    })
    .returning({ hits: rateLimits.hits });
  return row.hits <= limit.max;
}
