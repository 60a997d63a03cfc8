import { sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { shanxiDivisions } from '@/lib/regions/divisions';
import { EDUCATION_REQUIREMENTS, POSITION_CATEGORIES } from '@/lib/posts/options';
import { POSITION_TEMPLATES } from './demo-data';
import { monthInShanghai, todayInShanghai } from '@/lib/time';

export const BENCH_POSITIONS = 100_000;
const BENCH_UNITS = 500;
const BATCH = 20_000;

/**
 * The benchmark data set: 500 units and 100,000 approved positions spread over all 117 县区, one in
 * five open (20,000), the rest closed. Set-based inserts (INSERT … SELECT generate_series) in
 * batches; ids are derived from the row number, so a second run finds them and adds nothing.
 */
export async function seedBench(db: Db): Promise<number> {
  const done = (await db.execute(sql`select 1 from positions where filing_id = md5(${`bench-f-${BENCH_POSITIONS}`})::uuid`)) as unknown as
    unknown[] | { rows: unknown[] };
  if ((Array.isArray(done) ? done : done.rows).length) return 0;
  const counties = shanxiDivisions()
    .filter((d) => d.level === 'county')
    .map((d) => d.code);
  const arr = (xs: readonly string[]) => sql.raw(`array[${xs.map((x) => `'${x.replace(/'/g, "''")}'`).join(',')}]`);
  const countyArr = arr(counties);
  const titles = arr(POSITION_TEMPLATES.map((t) => t.title));
  const majors = arr(POSITION_TEMPLATES.map((t) => t.major));
  const cats = arr(POSITION_CATEGORIES);
  const edus = arr(EDUCATION_REQUIREMENTS);
  const today = todayInShanghai();
  const month = monthInShanghai();
  await db.execute(sql`
    insert into units (id, uscc, name, contact_name, phone, is_trainee_unit)
    select md5('bench-u-' || i)::uuid, 'B' || lpad(i::text, 17, '0'), '压测见习单位' || i || '有限公司', '联系人' || i, '139' || lpad(i::text, 8, '0'), true
    from generate_series(1, ${BENCH_UNITS}) as i
    on conflict do nothing`);
  for (let from = 1; from <= BENCH_POSITIONS; from += BATCH) {
    const to = Math.min(BENCH_POSITIONS, from + BATCH - 1);
    await db.transaction(async (tx) => {
      await tx.execute(sql`
        insert into filings (id, unit_id, kind, state, month, region_code, title, version, submission_key, decided_at)
        select md5('bench-f-' || i)::uuid, md5('bench-u-' || (1 + i % ${BENCH_UNITS}))::uuid, 'position', 'approved', ${month},
               (${countyArr})[1 + i % ${counties.length}], (${titles})[1 + i % ${POSITION_TEMPLATES.length}], 1, 'bench-' || i, now()
        from generate_series(${from}::int, ${to}::int) as i
        on conflict do nothing`);
      await tx.execute(sql`
        insert into positions (id, code, filing_id, unit_id, status, title, category, headcount, education, major, months,
                               allowance_fen, min_wage_fen, city_code, county_code, address, duties, requirements,
                               contact_name, contact_phone, deadline, published_at, closed_at)
        select md5('bench-p-' || i)::uuid,
               'GW' || c.county || lpad(nextval('position_code_seq')::text, 6, '0'),
               md5('bench-f-' || i)::uuid, md5('bench-u-' || (1 + i % ${BENCH_UNITS}))::uuid,
               case when i % 5 = 0 then 'open' else 'closed' end,
               (${titles})[1 + i % ${POSITION_TEMPLATES.length}] || '（' || i || '）',
               (${cats})[1 + i % ${POSITION_CATEGORIES.length}], 1 + i % 5, (${edus})[1 + i % ${EDUCATION_REQUIREMENTS.length}],
               (${majors})[1 + i % ${POSITION_TEMPLATES.length}], 3 + i % 10, 230000 + (i % 15) * 10000, 215000,
               left(c.county, 4), c.county, '人民路 ' || i || ' 号', '协助完成本岗位日常工作，参加岗位技能培训。', '身体健康，责任心强，服从安排。',
               '联系人', '13900000000',
               case when i % 5 = 0 then ${today}::date + (30 + i % 300) else ${today}::date - (1 + i % 300) end,
               now() - make_interval(mins => i), case when i % 5 = 0 then null else now() end
        from generate_series(${from}::int, ${to}::int) as i
        cross join lateral (select (${countyArr})[1 + i % ${counties.length}] as county) c
        on conflict do nothing`);
    });
  }
  return BENCH_POSITIONS;
}
