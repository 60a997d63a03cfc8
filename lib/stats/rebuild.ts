import { getTableColumns, getTableName, sql } from 'drizzle-orm';
import { toSnakeCase } from 'drizzle-orm/casing';
import type { Db } from '@/lib/db/client';
import { STATS_TABLES } from '@/lib/db/schema';

const names = STATS_TABLES.map(({ table }) => getTableName(table));

/**
 * Rebuilds the statistics tables (lib/db/schema/stats.ts) from their definitions in one
 * transaction: each table's rows deleted and inserted again from its `select`, the rollup after
 * what it sums. Readers never wait and never see a half-built table: until the commit they read
 * the previous rows (a `delete` takes no lock a `select` waits for, unlike `truncate` or
 * `refresh materialized view`). The `exclusive` lock lets reads through but makes a second
 * rebuild (another server process) wait for this one instead of adding its rows to ours.
 * Without `server-only`: the seed script calls it too.
 */
export async function rebuildStats(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql.raw(`lock table ${names.join(', ')} in exclusive mode`));
    // The grouping of the monthly rollup hashes ~1,000,000 facts at province scale.
    await tx.execute(sql`set local work_mem = '64MB'`);
    for (const { table, select, order } of STATS_TABLES) {
      const cols = sql.join(
        Object.keys(getTableColumns(table)).map((k) => sql.identifier(toSnakeCase(k))),
        sql`, `,
      );
      await tx.execute(sql`delete from ${table}`);
      await tx.execute(sql`insert into ${table} (${cols}) select ${cols} from (${select}) d ${order ? sql`order by ${order}` : sql``}`);
    }
  });
  // Fresh planner statistics for the new rows (the deleted ones are left to autovacuum).
  await db.execute(sql.raw(`analyze ${names.join(', ')}`));
}
