import { randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { DEMO, freshUscc } from '../../e2e/support/login';
import { csvOf, matchRow, table } from '@/lib/test/batch-files';

/**
 * The multi-process tests' own view of the shared PostgreSQL (DATABASE_URL, set for
 * `npm run test:multi`): fixtures written directly, and row counts to check the app's writes.
 */
export function database(): postgres.Sql {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set');
  return postgres(url, { max: 4, onnotice: () => {} });
}

export type TraineeUnit = { id: string; uscc: string; name: string; positionCode: string };

/**
 * A unit ready to import 见习匹配结果: a copy of the demo unit (same password), with its own account,
 * approved 就业见习单位申请 (小店区) and an open position with room for every row a test imports.
 */
export async function addTraineeUnit(sql: postgres.Sql, label: string): Promise<TraineeUnit> {
  const demo = await sql<{ id: string; accountId: string }[]>`select id, account_id as "accountId" from units where uscc = ${DEMO.unit.login}`;
  const uscc = freshUscc();
  const unit = {
    id: randomUUID(),
    uscc,
    name: `${label}${uscc.slice(10, 16)}有限公司`,
    positionCode: `GW140105${String(100000 + Math.floor(Math.random() * 900000))}`,
  };
  const account = randomUUID();
  await sql.begin(async (t) => {
    await t`create temp table a on commit drop as select * from accounts where id = ${demo[0].accountId}`;
    await t`update a set id = ${account}, login_key = ${uscc}, failed_logins = 0, locked_until = null`;
    await t`insert into accounts select * from a`;
    await t`create temp table u on commit drop as select * from units where id = ${demo[0].id}`;
    await t`update u set id = ${unit.id}, account_id = ${account}, uscc = ${uscc}, name = ${unit.name}`;
    await t`insert into units select * from u`;
    await t`create temp table f on commit drop as select * from filings where unit_id = ${demo[0].id} and kind in ('qualification', 'position') and state = 'approved'`;
    await t`update f set id = gen_random_uuid(), unit_id = ${unit.id}, submission_key = gen_random_uuid()::text`;
    await t`insert into filings select * from f`;
    await t`create temp table p on commit drop as select * from positions where unit_id = ${demo[0].id} and status = 'open' limit 1`;
    await t`update p set id = gen_random_uuid(), unit_id = ${unit.id}, code = ${unit.positionCode}, headcount = 1000000,
      filing_id = (select id from f where kind = 'position' limit 1)`;
    await t`insert into positions select * from p`;
  });
  return unit;
}

/** A .csv of `rows` valid 见习匹配结果 rows for the unit's position, people numbered from `first`. */
export function matchCsv(unit: TraineeUnit, first: number, rows: number): Buffer {
  return Buffer.from(csvOf(table(Array.from({ length: rows }, (_, i) => ({ ...matchRow(first + i), 岗位编号: unit.positionCode })))));
}

/** POSTs a file to 【导入】's route as the signed-in unit. */
export async function importFile(
  base: string,
  cookie: string,
  csv: Buffer,
  submissionKey: string,
): Promise<{ status: number; body: { ok: boolean; message?: string; filingId?: string; rows?: number } }> {
  const res = await fetch(`${base}/api/imports/match`, {
    method: 'POST',
    body: new Uint8Array(csv),
    headers: { cookie, 'x-file-name': encodeURIComponent('见习匹配结果.csv'), 'x-submission-key': submissionKey, 'content-type': 'text/csv' },
  });
  const text = await res.text();
  let body: { ok: boolean; message?: string };
  try {
    body = JSON.parse(text);
  } catch {
    body = { ok: false, message: text.slice(0, 200) };
  }
  return { status: res.status, body };
}
