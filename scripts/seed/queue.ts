import { sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { filingKinds } from '@/lib/db/schema/filings';
import { shanxiDivisions } from '@/lib/regions/divisions';

const QUEUE_UNITS = 2_000;
const BATCH = 100_000;

/**
 * The review-queue data set (`npm run db:seed -- --queue[=N]`, default 1,000,000 filings): N filings
 * of every kind over every 县区 and 市本级, one in five waiting (未审核), submitted over the last two
 * years. Set-based inserts in batches; ids derive from the row number, so a second run adds nothing.
 * Waiting 就业见习单位申请 are left out (one per unit at most, a unique index).
 */
export async function seedQueue(db: Db, total = 1_000_000): Promise<number> {
  const rows = (r: unknown) => (Array.isArray(r) ? r : (r as { rows: unknown[] }).rows);
  if (rows(await db.execute(sql`select 1 from filings where id = md5(${`queue-f-${total}`})::uuid`)).length) return 0;
  const divisions = shanxiDivisions();
  const regionCodes = [
    ...divisions.filter((d) => d.level === 'county').map((d) => d.code),
    ...divisions.filter((d) => d.level === 'city').map((d) => `${d.code}00`),
  ];
  const arr = (xs: readonly string[]) => sql.raw(`array[${xs.map((x) => `'${x}'`).join(',')}]`);
  const regionArr = arr(regionCodes);
  const kindArr = arr(filingKinds);
  await db.execute(sql`
    insert into units (id, uscc, name, contact_name, phone, is_trainee_unit)
    select md5('queue-u-' || i)::uuid, 'Q' || lpad(i::text, 17, '0'), '审核压测单位' || i || '有限公司', '联系人' || i, '138' || lpad(i::text, 8, '0'), true
    from generate_series(1, ${QUEUE_UNITS}) as i
    on conflict do nothing`);
  for (let from = 1; from <= total; from += BATCH) {
    const to = Math.min(total, from + BATCH - 1);
    await db.execute(sql`
      insert into filings (id, unit_id, kind, state, month, region_code, title, version, submission_key, submitted_at, decided_at)
      select md5('queue-f-' || i)::uuid, md5('queue-u-' || (1 + i % ${QUEUE_UNITS}))::uuid, k.kind, s.state,
             to_char(t.at at time zone 'Asia/Shanghai', 'YYYY-MM'), (${regionArr})[1 + (i::bigint * 7919) % ${regionCodes.length}],
             '压测申报 ' || i, 1, 'queue-' || i, t.at, case when s.state = 'pending' then null else t.at + interval '1 day' end
      from generate_series(${from}::int, ${to}::int) as i
      cross join lateral (select (${kindArr})[1 + (i / 5) % ${filingKinds.length}] as kind) k
      cross join lateral (select case when i % 5 = 0 and k.kind <> 'qualification' then 'pending' when i % 5 = 1 then 'rejected' else 'approved' end as state) s
      cross join lateral (select now() - make_interval(secs => i * 63) as at) t
      on conflict do nothing`);
  }
  return total;
}
