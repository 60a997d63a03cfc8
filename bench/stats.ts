/**
 * 统计分析 at province scale on PostgreSQL: seeds 20,000 见习单位, 100,000 positions, 200,000
 * internships and 1,000,000 filings (set-based, generate_series) into a fresh database, then times
 * the province view and a city drill-down (everything the page computes) and prints p50/p95.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/stats.ts
 */
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { sql } from 'drizzle-orm';
import { openDb } from '@/lib/db/client';
import { runMigrations } from '@/lib/db/migrate';
import { seed } from '@/scripts/seed';
import { shanxiDivisions } from '@/lib/regions/divisions';
import { POSITION_CATEGORIES } from '@/lib/posts/options';
import { UNIT_TYPES } from '@/lib/units/qualification-schema';
import { parseStatsFilter } from '@/lib/stats/filter';
import { statsView } from '@/lib/stats/queries';
import { refreshStats } from '@/lib/stats/refresh';
import { encryptPii } from '@/lib/crypto/pii';
import { internsSheet } from '@/lib/exports/catalog';
import { streamXlsx } from '@/lib/exports/xlsx';

const UNITS = 20_000;
const POSITIONS = 100_000;
const INTERNSHIPS = 200_000;
const FILINGS = 1_000_000;
const RUNS = Number(process.env.RUNS ?? 20);

async function main() {
  const base = process.env.DATABASE_URL;
  if (!base) throw new Error('DATABASE_URL (PostgreSQL) is required');
  process.env.PII_KEY ??= randomBytes(32).toString('base64');
  const name = `jx_stats_bench_${randomBytes(4).toString('hex')}`;
  console.log(`database ${name}`);
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  const h = openDb({ url: url.toString() });
  try {
    await runMigrations(h.db, 'postgres');
    await seed(h.db, { demo: false });
    const counties = shanxiDivisions()
      .filter((d) => d.level !== 'province' && d.level !== 'city')
      .map((d) => d.code);
    const arr = (xs: readonly string[]) => sql.raw(`array[${xs.map((x) => `'${x}'`).join(',')}]`);
    const t0 = Date.now();
    const db = h.db;
    // Units and their approved 就业见习单位申请 (decided over the last 3 years).
    await db.execute(sql`insert into units (id, uscc, name, is_trainee_unit)
      select md5('u' || i)::uuid, 'S' || lpad(i::text, 17, '0'), '统计压测单位' || i, true from generate_series(1, ${UNITS}) i`);
    await db.execute(sql`insert into filings (id, unit_id, kind, state, month, region_code, title, submission_key, decided_at)
      select md5('qf' || i)::uuid, md5('u' || i)::uuid, 'qualification', 'approved', '2024-01', (${arr(counties)})[1 + i % ${counties.length}], 'q', 'q' || i,
             now() - make_interval(days => i % 1000) from generate_series(1, ${UNITS}) i`);
    await db.execute(sql`insert into unit_qualifications (filing_id, unit_type, industry, reg_address, biz_address, legal_rep, contact_name, contact_phone, staff_count, intro, bank_name, bank_code, account_name, bank_account_enc, bank_account_hash, bank_account_last4)
      select md5('qf' || i)::uuid, (${arr(UNIT_TYPES)})[1 + i % ${UNIT_TYPES.length}], chr(65 + i % 20), 'a', 'a', 'l', 'c', '13900000000', 10, 'i', 'b', '102161000010', 'n', 'x', 'h' || i, '0000'
      from generate_series(1, ${UNITS}) i`);
    // Positions with their filings (published over the last 3 years).
    await db.execute(sql`insert into filings (id, unit_id, kind, state, month, region_code, title, submission_key, decided_at)
      select md5('pf' || i)::uuid, md5('u' || (1 + i % ${UNITS}))::uuid, 'position', 'approved', '2024-01', (${arr(counties)})[1 + (1 + i % ${UNITS}) % ${counties.length}], 'p', 'p' || i, now()
      from generate_series(1, ${POSITIONS}) i`);
    await db.execute(sql`insert into positions (id, code, filing_id, unit_id, status, title, category, headcount, education, major, months, allowance_fen, min_wage_fen, city_code, county_code, address, duties, requirements, contact_name, contact_phone, deadline, published_at)
      select md5('p' || i)::uuid, 'GW' || lpad(i::text, 12, '0'), md5('pf' || i)::uuid, md5('u' || (1 + i % ${UNITS}))::uuid, case when i % 5 = 0 then 'open' else 'closed' end,
             't', (${arr(POSITION_CATEGORIES)})[1 + i % ${POSITION_CATEGORIES.length}], 1 + i % 5, '不限', '不限', 6, 250000, 215000, '1401', '140105', 'a', 'd', 'r', 'c', '13900000000',
             current_date + 30, now() - make_interval(hours => i % 26000) from generate_series(1, ${POSITIONS}) i`);
    // Persons, one match filing per 10 internships, internships spread over 3 years in every status.
    await db.execute(sql`insert into persons (id, name, id_card_enc, id_card_hash, gender, birth_date)
      select md5('pe' || i)::uuid, '见习' || i, ${encryptPii('140105200201011234')}, 'ph' || i, '男', '2002-01-01' from generate_series(1, ${INTERNSHIPS}) i`);
    await db.execute(sql`insert into filings (id, unit_id, kind, state, month, region_code, title, submission_key, decided_at)
      select md5('mf' || i)::uuid, md5('u' || (1 + i % ${UNITS}))::uuid, 'match', 'approved', '2024-01', (${arr(counties)})[1 + (1 + i % ${UNITS}) % ${counties.length}], 'm', 'm' || i, now()
      from generate_series(1, ${INTERNSHIPS / 10}) i`);
    await db.execute(sql`insert into internships (person_id, unit_id, position_id, match_filing_id, category, agreement_date, start_date, end_date, status, status_date)
      select md5('pe' || i)::uuid, md5('u' || (1 + ((i - 1) / 10) % ${UNITS}))::uuid, md5('p' || (1 + ((i - 1) / 10) % ${UNITS}))::uuid, md5('mf' || (1 + (i - 1) / 10))::uuid, 'graduate',
             s, s, s + 180, st, case when st = 'active' then null else s + (case when st = 'ended_early' then 60 else 180 end) end
      from generate_series(1, ${INTERNSHIPS}) i
      cross join lateral (select current_date - (i % 1000) as s, (array['active','completed','retained','ended_early'])[1 + i % 4] as st) x`);
    // Fill up to 1,000,000 filings with attendance and on-duty reports.
    const sofar = UNITS + POSITIONS + INTERNSHIPS / 10;
    await db.execute(sql`insert into filings (id, unit_id, kind, state, month, region_code, title, submission_key, decided_at)
      select gen_random_uuid(), md5('u' || (1 + i % ${UNITS}))::uuid, case when i % 2 = 0 then 'attendance' else 'on_duty' end, case when i % 10 = 0 then 'pending' else 'approved' end,
             '2025-06', (${arr(counties)})[1 + (1 + i % ${UNITS}) % ${counties.length}], 'r', 'r' || i, now()
      from generate_series(1, ${FILINGS - sofar}) i`);
    const r0 = performance.now();
    await refreshStats(db);
    console.log(`refresh of the statistics views (what each approving decision costs, in the background): ${(performance.now() - r0).toFixed(0)} ms`);
    await db.execute(sql`analyze`);
    const counts = await db.execute(
      sql`select (select count(*) from units) u, (select count(*) from positions) p, (select count(*) from internships) i, (select count(*) from filings) f`,
    );
    console.log(`seeded in ${((Date.now() - t0) / 1000).toFixed(1)} s:`, JSON.stringify((counts as unknown as Record<string, unknown>[])[0]));

    for (const [label, scope, region] of [
      ['province view (14)', '14', '14'],
      ['city drill-down (1401)', '14', '1401'],
      ['county (140105)', '1401', '140105'],
    ] as const) {
      const parsed = await parseStatsFilter(db, scope, { region });
      if (!parsed.ok) throw new Error(parsed.message);
      await statsView(db, parsed.filter);
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const s = performance.now();
        await statsView(db, parsed.filter);
        times.push(performance.now() - s);
      }
      times.sort((a, b) => a - b);
      const p = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)].toFixed(0);
      console.log(`${label}: ${RUNS} runs, p50 ${p(0.5)} ms, p95 ${p(0.95)} ms, max ${times[times.length - 1].toFixed(0)} ms`);
    }
    // 【导出】 of every 见习人员 of the province (200,000 rows) into a byte counter: time and memory growth.
    global.gc?.();
    const rss0 = process.memoryUsage().rss;
    let peak = rss0;
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
    const s = performance.now();
    let bytes = 0;
    const who = { kind: 'staff' as const, id: '00000000-0000-4000-8000-000000000000', name: 'bench' };
    for await (const chunk of streamXlsx(db, { what: '见习人员', filters: '范围 山西省', who }, [internsSheet(db, { kind: 'staff', scope: '14' }, {}, false)]))
      bytes += (chunk as Buffer).length;
    clearInterval(timer);
    const rows = (await db.execute(sql`select row_count from export_events order by id desc limit 1`)) as unknown as { row_count: number }[];
    console.log(
      `export 见习人员 (province): ${rows[0].row_count} rows, ${(bytes / 1048576).toFixed(1)} MB xlsx in ${((performance.now() - s) / 1000).toFixed(1)} s, RSS growth ${((peak - rss0) / 1048576).toFixed(0)} MB (peak RSS ${(peak / 1048576).toFixed(0)} MB)`,
    );
  } finally {
    await h.close();
    // KEEP=1 leaves the database for EXPLAIN; it is named on the first line of the output.
    if (process.env.KEEP !== '1') await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
