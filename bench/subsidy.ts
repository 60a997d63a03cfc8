import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import postgres from 'postgres';
import { sql } from 'drizzle-orm';
import { openDb } from '@/lib/db/client';
import { runMigrations } from '@/lib/db/migrate';
import { seed } from '@/scripts/seed';
import { testEnv } from '@/lib/test/db';
import { reckonUnits } from '@/lib/subsidy/facts';
import { ledger } from '@/lib/subsidy/ledger';

/**
 * `npm run bench:subsidy` (PostgreSQL: DATABASE_URL names a server; a fresh database is made and
 * dropped): a city (太原, 1401) with 100 见习单位 × 100 interns = 10,000 interns, each with 12
 * months of approved 见习考勤 (120,000 rows). Times 系统核算 of the whole city over the whole year
 * in one pass and for every 3-month window (what a claim covers), then the 发放台账 of the city after all 120,000 person-months are claimed.
 */
const UNITS = 100;
const PER_UNIT = 100;
const MONTHS = Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}`);
const COUNTIES = ['140105', '140106', '140107', '140108', '140109', '140110', '140121', '140122', '140123', '140181'];

async function main() {
  testEnv();
  const base = process.env.DATABASE_URL;
  if (!base?.startsWith('postgres')) throw new Error('DATABASE_URL must name a PostgreSQL server, e.g. postgres://postgres@127.0.0.1:5432/postgres');
  const name = `jx_subsidy_bench_${randomBytes(4).toString('hex')}`;
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  const h = openDb({ url: url.toString() });
  try {
    const db = h.db;
    await runMigrations(db, 'postgres');
    await seed(db, { demo: false });
    const t0 = performance.now();
    const counties = sql.raw(`array[${COUNTIES.map((c) => `'${c}'`).join(',')}]`);
    const months = sql.raw(`array[${MONTHS.map((m) => `'${m}'`).join(',')}]`);
    await db.execute(
      sql`insert into units (id, uscc, name, is_trainee_unit) select md5('su-' || u)::uuid, 'S' || lpad(u::text, 17, '0'), '补贴压测单位' || u, true from generate_series(1, ${UNITS}) u`,
    );
    await db.execute(sql`insert into filings (id, unit_id, kind, state, month, region_code, title, submission_key, decided_at)
      select md5('sq-' || u)::uuid, md5('su-' || u)::uuid, 'qualification', 'approved', '2024-12', (${counties})[1 + u % ${COUNTIES.length}], 'q', 'q' || u, now() from generate_series(1, ${UNITS}) u
      union all
      select md5('sm-' || u)::uuid, md5('su-' || u)::uuid, 'match', 'approved', '2024-12', (${counties})[1 + u % ${COUNTIES.length}], 'm', 'm' || u, now() from generate_series(1, ${UNITS}) u
      union all
      select md5('sa-' || u || '-' || m)::uuid, md5('su-' || u)::uuid, 'attendance', 'approved', (${months})[m], (${counties})[1 + u % ${COUNTIES.length}], 'a', 'a' || u || '-' || m, now()
      from generate_series(1, ${UNITS}) u cross join generate_series(1, 12) m`);
    await db.execute(sql`insert into positions (id, code, filing_id, unit_id, status, title, category, headcount, education, major, months, allowance_fen, min_wage_fen, city_code, county_code, address, duties, requirements, contact_name, contact_phone, deadline, published_at)
      select md5('sp-' || u)::uuid, 'GWSB' || lpad(u::text, 8, '0'), md5('sq-' || u)::uuid, md5('su-' || u)::uuid, 'closed', '压测岗位', '技术技能类', ${PER_UNIT}, '不限', '不限', 12, 215000, 215000, '1401', (${counties})[1 + u % ${COUNTIES.length}], '—', '—', '—', '—', '13900000000', '2025-01-01', now()
      from generate_series(1, ${UNITS}) u`);
    await db.execute(sql`insert into persons (id, name, id_card_enc, id_card_hash, gender, birth_date)
      select md5('sx-' || i)::uuid, '压测' || i, 'bench', md5('sx-' || i), '男', '2001-01-01' from generate_series(1, ${UNITS * PER_UNIT}) i`);
    await db.execute(sql`insert into internships (person_id, unit_id, position_id, match_filing_id, category, agreement_date, start_date, end_date)
      select md5('sx-' || i)::uuid, md5('su-' || (1 + (i - 1) / ${PER_UNIT}))::uuid, md5('sp-' || (1 + (i - 1) / ${PER_UNIT}))::uuid, md5('sm-' || (1 + (i - 1) / ${PER_UNIT}))::uuid, 'graduate', '2024-12-20', '2025-01-01', '2025-12-31'
      from generate_series(1, ${UNITS * PER_UNIT}) i`);
    await db.execute(sql`insert into report_rows (filing_id, row_no, person_id, id_card_hash, name, month, data)
      select md5('sa-' || (1 + (i - 1) / ${PER_UNIT}) || '-' || m)::uuid, 1 + (i - 1) % ${PER_UNIT}, md5('sx-' || i)::uuid, md5('sx-' || i), '压测' || i, (${months})[m], '{}'::jsonb
      from generate_series(1, ${UNITS * PER_UNIT}) i cross join generate_series(1, 12) m`);
    await db.execute(sql`analyze`);
    console.log(
      `data: ${UNITS} units, ${UNITS * PER_UNIT} interns, ${UNITS * PER_UNIT * 12} attendance rows (${((performance.now() - t0) / 1000).toFixed(1)} s to load)`,
    );

    const units = Array.from({ length: UNITS }, (_, k) => k + 1);
    const unitRows = (await db.execute(
      sql`select md5('su-' || u)::uuid::text as id, (${counties})[1 + u % ${COUNTIES.length}] as region from unnest(${sql.raw(`array[${units.join(',')}]`)}) u`,
    )) as unknown as { id: string; region: string }[];
    const city = unitRows.map((r) => ({ unitId: r.id, regionCode: r.region }));
    const now = new Date('2026-11-29T04:00:00Z');
    await reckonUnits(db, city, '2025-01', 3, { now }); // warm-up
    let proved = 0;
    const times: number[] = [];
    for (const from of ['2025-01', '2025-04', '2025-07', '2025-10']) {
      const s = performance.now();
      const r = await reckonUnits(db, city, from, 3, { now });
      times.push(performance.now() - s);
      proved += r.reduce((a, u) => a + u.persons.reduce((b, p) => b + p.systemMonths, 0), 0);
    }
    const y0 = performance.now();
    const year = await reckonUnits(db, city, '2025-01', 12, { now });
    const yearMs = performance.now() - y0;
    const yearProved = year.reduce((a, u) => a + u.persons.reduce((b, p) => b + p.systemMonths, 0), 0);
    console.log(`系统核算, whole city, all 12 months in one pass: ${yearMs.toFixed(0)} ms, ${yearProved} person-months proved`);
    console.log(
      `系统核算, whole city, one 3-month window: ${times.map((x) => `${x.toFixed(0)} ms`).join(' / ')} (max ${Math.max(...times).toFixed(0)} ms); 12 months: ${times.reduce((a, b) => a + b, 0).toFixed(0)} ms, ${proved} person-months proved`,
    );

    // Every person-month claimed, one claim per unit and quarter, spread over the committed stages.
    await db.execute(sql`insert into filings (id, unit_id, kind, state, month, region_code, title, submission_key, decided_at)
      select md5('sc-' || u || '-' || q)::uuid, md5('su-' || u)::uuid, 'subsidy', 'approved', '2026-01', (${counties})[1 + u % ${COUNTIES.length}], 'c', 'c' || u || '-' || q, now()
      from generate_series(1, ${UNITS}) u cross join generate_series(1, 4) q`);
    await db.execute(sql`insert into subsidy_claims (filing_id, stage, from_month, to_month, person_months, total_fen)
      select md5('sc-' || u || '-' || q)::uuid, (array['city_approved','published','paid'])[1 + (u + q) % 3], (${months})[q * 3 - 2], (${months})[q * 3], ${PER_UNIT * 3}, ${PER_UNIT * 3 * 129000}
      from generate_series(1, ${UNITS}) u cross join generate_series(1, 4) q`);
    await db.execute(sql`insert into subsidy_claim_lines (filing_id, person_id, month, min_wage_fen, rate_bp, amount_fen)
      select md5('sc-' || (1 + (i - 1) / ${PER_UNIT}) || '-' || (1 + (m - 1) / 3))::uuid, md5('sx-' || i)::uuid, (${months})[m], 215000, 6000, 129000
      from generate_series(1, ${UNITS * PER_UNIT}) i cross join generate_series(1, 12) m`);
    await db.execute(sql`analyze`);
    await ledger(db, '1401'); // warm-up
    const lt: number[] = [];
    let total = 0;
    for (let k = 0; k < 3; k++) {
      const s = performance.now();
      const l = await ledger(db, '1401');
      lt.push(performance.now() - s);
      total = l.total.amountFen;
    }
    console.log(
      `发放台账, whole city (${UNITS * 4} claims, ${UNITS * PER_UNIT * 12} person-month lines): ${lt.map((x) => `${x.toFixed(0)} ms`).join(' / ')}; total ${total} 分`,
    );
  } finally {
    await h.close();
    await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
