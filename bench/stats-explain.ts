/**
 * EXPLAIN (ANALYZE, BUFFERS) of every query one 统计分析 view runs, on a database kept by
 * `KEEP=1 npm run bench:stats` (its name is the first line of that output):
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/jx_stats_bench_… REGION=14 node --import tsx --conditions=react-server bench/stats-explain.ts
 */
import { sql, type SQL } from 'drizzle-orm';
import { openDb } from '@/lib/db/client';
import { parseStatsFilter } from '@/lib/stats/filter';
import { statsView } from '@/lib/stats/queries';

async function main() {
  const h = openDb({ url: process.env.DATABASE_URL! });
  const region = process.env.REGION ?? '14';
  const filters = Object.fromEntries(
    ['category', 'unitType', 'industry'].flatMap((k) => (process.env[k.toUpperCase()] ? [[k, process.env[k.toUpperCase()]!]] : [])),
  );
  const parsed = await parseStatsFilter(h.db, '14', { region, ...filters });
  if (!parsed.ok) throw new Error(parsed.message);
  const db = new Proxy(h.db, {
    get(target, prop, recv) {
      if (prop === 'execute')
        return async (q: SQL) => {
          const r = (await target.execute(sql`explain (analyze, buffers) ${q}`)) as unknown as Record<string, string>[];
          console.log('-----\n' + r.map((x) => x['QUERY PLAN']).join('\n'));
          return [];
        };
      return Reflect.get(target, prop, recv);
    },
  });
  await statsView(db, parsed.filter);
  await h.close();
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
