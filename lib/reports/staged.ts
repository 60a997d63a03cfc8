import 'server-only';
import { sql } from 'drizzle-orm';
import type { Tx } from '@/lib/db/client';
import { CopyIn } from '@/lib/db/copy';
import { resultRows } from '@/lib/db/rows';
import { encryptPii, piiHash } from '@/lib/crypto/pii';
import { streamUpload, type ParseOptions, type ParsedRow, type RowError, type StreamedUpload, type UploadFile } from '@/lib/batch';
import { birthDateOf, genderOf } from '@/lib/validation';
import { matchErrors, monthlyErrors } from './rule-errors';
import type { AttendanceRow, MatchRow, OnDutyRow } from './specs';
import type postgres from 'postgres';

/**
 * On PostgreSQL an import never holds the file's rows: each row that passes the pure checks goes
 * straight from the parser into a temporary table by COPY, and the database rules are set-based
 * joins against it (the same rules and messages as db-rules.ts, which PGlite keeps using). The
 * table lives and dies with the import's transaction.
 */
const TABLE = 'import_rows';
const COLUMNS = ['r', 'h', 'n', 'm', 'code', 'sd', 'enc', 'g', 'b', 'ph', 'd'] as const;

type AnyRow = MatchRow | AttendanceRow | OnDutyRow;
type Kind = 'match' | 'attendance' | 'on_duty';

/** The row as stored: everything but the 身份证号 (kept only as the linked person and a keyed hash). */
export function storedData(values: AnyRow): Record<string, unknown> {
  const { idCard: _id, ...rest } = values as AnyRow & { idCard: string };
  void _id;
  return rest;
}

function fieldsOf(kind: Kind, { row, values }: ParsedRow<AnyRow>): (string | number | null)[] {
  const hash = piiHash(values.idCard);
  const data = JSON.stringify(storedData(values));
  if (kind !== 'match') {
    const v = values as AttendanceRow | OnDutyRow;
    return [row, hash, v.name, v.month, null, null, null, null, null, null, data];
  }
  const v = values as MatchRow;
  // The person's record is made only if the file goes in; encrypting here keeps the 身份证号 out of the table.
  return [row, hash, v.name, null, v.postCode, v.startDate, encryptPii(v.idCard), genderOf(v.idCard), birthDateOf(v.idCard), v.mobile, data];
}

export type Staged = (StreamedUpload & { staged: number }) | Extract<Awaited<ReturnType<typeof streamUpload>>, { ok: false }>;

/** Parses the file into the temporary table; returns what the parser found (errors, counts) and how many rows went in. */
export async function stageUpload(
  tx: Tx,
  pg: postgres.Sql,
  kind: Kind,
  spec: Parameters<typeof streamUpload>[0],
  file: UploadFile,
  options: ParseOptions,
): Promise<Staged> {
  await tx.execute(
    sql.raw(`create temp table ${TABLE} (r int, h text, n text, m varchar(7), code text, sd date, enc text, g text, b date, ph text, d jsonb) on commit drop`),
  );
  const copy = await CopyIn.open(pg, TABLE, COLUMNS);
  let parsed: Awaited<ReturnType<typeof streamUpload>>;
  try {
    parsed = await streamUpload(spec, file, options, (row) => copy.write(fieldsOf(kind, row as ParsedRow<AnyRow>)));
  } catch (e) {
    copy.abort(e instanceof Error ? e : new Error(String(e)));
    throw e;
  }
  const staged = await copy.end();
  if (!parsed.ok) return parsed;
  // The planner's row counts for the rules' joins: only the columns they join and filter on (the
  // row's JSON and the encrypted values would take as long again to sample, for nothing).
  await tx.execute(sql.raw(`analyze ${TABLE} (r, h, m, code, sd)`));
  return { ...parsed, staged };
}

type MatchHit = {
  r: number;
  code: string;
  post_id: string | null;
  status: string | null;
  title: string | null;
  headcount: number | null;
  nth: number | null;
  busy_start: string | null;
  busy_end: string | null;
  ours: boolean | null;
  waiting: boolean;
};

/**
 * 见习匹配结果 (as matchRules): the position is this unit's, approved, with free places counted in
 * file order after the active and retained internships and the waiting filings' rows; the person is
 * not in an active internship that reaches the start date, nor in another waiting match filing.
 */
export async function stagedMatchRules(tx: Tx, unitId: string): Promise<RowError[]> {
  const res = await tx.execute(sql`
    with post as (
      select id, code, status, headcount, title from positions
      where unit_id = ${unitId} and code in (select distinct code from import_rows)
    ),
    used as (
      select position_id, sum(n)::int as n from (
        select position_id, count(*) as n from internships
        where position_id in (select id from post) and status in ('active', 'retained') group by position_id
        union all
        select rr.position_id, count(*) from report_rows rr join filings f on f.id = rr.filing_id
        where rr.position_id in (select id from post) and f.kind = 'match' and f.state = 'pending' group by rr.position_id
      ) u group by position_id
    ),
    busy as (
      select distinct on (s.person_id) p.id_card_hash as h, s.start_date, s.end_date, s.unit_id = ${unitId} as ours
      from persons p join internships s on s.person_id = p.id
      where p.id_card_hash in (select h from import_rows) and s.status = 'active'
      order by s.person_id, s.end_date desc
    ),
    waiting as (
      select distinct rr.id_card_hash as h from report_rows rr join filings f on f.id = rr.filing_id
      where rr.id_card_hash in (select h from import_rows) and f.kind = 'match' and f.state = 'pending'
    ),
    checked as (
      select i.r, i.code, po.id as post_id, po.status, po.title, po.headcount,
        case when po.status <> 'pending' then coalesce(u.n, 0) + row_number() over (partition by po.id order by i.r) end as nth,
        b.start_date::text as busy_start, b.end_date::text as busy_end, b.ours, w.h is not null as waiting
      from import_rows i
      left join post po on po.code = i.code
      left join used u on u.position_id = po.id
      left join busy b on b.h = i.h and b.end_date >= i.sd
      left join waiting w on w.h = i.h
    )
    select * from checked
    where post_id is null or status = 'pending' or nth > headcount or busy_end is not null or waiting
    order by r`);
  const errors: RowError[] = [];
  for (const x of resultRows<MatchHit>(res)) {
    // A row with post_id found its post, so its title and headcount are there.
    const post = { code: x.code, title: x.title!, headcount: x.headcount! };
    if (!x.post_id) errors.push(matchErrors.notOurPost(x.r, x.code));
    else if (x.status === 'pending') errors.push(matchErrors.postPending(x.r, post));
    else if (Number(x.nth) > Number(x.headcount)) errors.push(matchErrors.postFull(x.r, post));
    if (x.busy_end !== null) errors.push(x.ours ? matchErrors.busyHere(x.r, x.busy_start!, x.busy_end) : matchErrors.busyElsewhere(x.r));
    else if (x.waiting) errors.push(matchErrors.waiting(x.r));
  }
  return errors;
}

/**
 * 考勤 and 在岗情况 (as monthlyRules): an internship of this unit covers the month (to its early end
 * when it ended early), and no earlier waiting or approved filing of the same kind has the person and month.
 */
export async function stagedMonthlyRules(tx: Tx, kind: 'attendance' | 'on_duty', unitId: string): Promise<RowError[]> {
  const res = await tx.execute(sql`
    with covered as (
      select distinct i.r from import_rows i
      join persons p on p.id_card_hash = i.h
      join internships s on s.person_id = p.id and s.unit_id = ${unitId}
      where s.start_date <= (to_date(i.m, 'YYYY-MM') + interval '1 month - 1 day')::date
        and (case when s.status = 'ended_early' and s.status_date is not null then s.status_date else s.end_date end) >= to_date(i.m, 'YYYY-MM')
    ),
    taken as (
      select distinct i.r from import_rows i
      join report_rows rr on rr.id_card_hash = i.h and rr.month = i.m
      join filings f on f.id = rr.filing_id
      where f.kind = ${kind} and f.state in ('pending', 'approved')
    )
    select i.r, i.m, c.r is null as uncovered from import_rows i
    left join covered c on c.r = i.r
    left join taken t on t.r = i.r
    where c.r is null or t.r is not null
    order by i.r`);
  return resultRows<{ r: number; m: string; uncovered: boolean }>(res).map((x) =>
    x.uncovered ? monthlyErrors.notCovered(kind, x.r, x.m) : monthlyErrors.alreadyReported(kind, x.r, x.m),
  );
}

/**
 * Writes the staged rows as the filing's rows (match: the people first). Every row must find its
 * person; the count proves it, else the whole import rolls back. One statement, so that a
 * connection lost in the middle leaves nothing.
 */
export async function writeStaged(tx: Tx, kind: Kind, unitId: string, filingId: string, expected: number): Promise<void> {
  if (kind === 'match') {
    await tx.execute(sql`
      insert into persons (name, id_card_enc, id_card_hash, gender, birth_date, phone)
      select n, enc, h, g, b, ph from import_rows order by r
      on conflict (id_card_hash) do nothing`);
  }
  const res = await tx.execute(sql`
    with ins as (
      insert into report_rows (filing_id, row_no, person_id, id_card_hash, name, month, position_id, data)
      select ${filingId}::uuid, i.r, p.id, i.h, i.n, i.m, po.id, i.d
      from import_rows i
      join persons p on p.id_card_hash = i.h
      left join positions po on po.unit_id = ${unitId} and po.code = i.code
      order by i.r
      returning 1
    )
    select count(*)::int as n from ins`);
  const [{ n }] = resultRows<{ n: number }>(res);
  if (Number(n) !== expected) throw new Error(`import: ${expected - Number(n)} rows found no person`);
}
