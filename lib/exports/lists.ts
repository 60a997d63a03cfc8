import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { decryptPii } from '@/lib/crypto/pii';
import { maskBankAccount, maskIdCard } from '@/lib/validation';
import { industryName } from '@/lib/stats/filter';

/**
 * The lists a reviewer (inside their region) or a unit (its own) sees and exports: 见习单位,
 * 见习岗位, 见习人员 with their months. One query per list serves the page and the export; the
 * viewer's scope is part of every `where`.
 */
export type ListViewer = { kind: 'staff'; scope: string } | { kind: 'unit'; unitId: string };
/** `published`: only positions past review (what a unit's 就业见习岗位查询 lists). */
export type ListFilter = { region?: string; status?: string; q?: string; published?: boolean };

const escapeLike = (s: string) => s.replace(/[%_\\]/g, (c) => `\\${c}`);
function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : ((result as { rows: unknown[] }).rows ?? [])) as T[];
}

/** Region of a filing inside the viewer's scope (a narrower region only if it lies inside). */
function scoped(v: ListViewer, f: ListFilter, regionCol: SQL, unitCol: SQL): SQL {
  if (v.kind === 'unit') return sql`${unitCol} = ${v.unitId}::uuid`;
  const region = f.region && f.region.startsWith(v.scope) ? f.region : v.scope;
  return sql`${regionCol} like ${`${escapeLike(region)}%`}`;
}
const nameLike = (col: SQL, q?: string) => (q ? sql`and ${col} ilike ${`%${escapeLike(q)}%`}` : sql``);

export const INTERN_STATUS = { active: '在岗', ended_early: '提前终止', retained: '期满留用', completed: '期满离开' } as const;
export type InternRow = {
  id: string;
  name: string;
  idCard: string;
  unitName: string;
  region: string;
  code: string;
  title: string;
  start: string;
  end: string;
  status: string;
  statusDate: string | null;
  months: string;
};

/** 见习人员 with the months of approved attendance, newest start first. */
export async function internsAfter(
  db: Db,
  v: ListViewer,
  f: ListFilter,
  opts: { unmasked: boolean },
  after: { start: string; id: string } | null,
  limit: number,
): Promise<InternRow[]> {
  const status = f.status && f.status in INTERN_STATUS ? sql`and i.status = ${f.status}` : sql``;
  const key = after ? sql`and (i.start_date, i.id) < (${after.start}::date, ${after.id}::uuid)` : sql``;
  const rows = rowsOf<Omit<InternRow, 'idCard'> & { enc: string }>(
    await db.execute(sql`
      select i.id, pe.name, pe.id_card_enc as enc, u.name as "unitName", r.name as region, p.code, p.title,
             i.start_date::text as start, i.end_date::text as "end", i.status, i.status_date::text as "statusDate",
             coalesce((select string_agg(distinct rr.month, '、' order by rr.month) from report_rows rr join filings af on af.id = rr.filing_id
                       where af.kind = 'attendance' and af.state = 'approved' and af.unit_id = i.unit_id and rr.person_id = i.person_id), '') as months
      from internships i
      join persons pe on pe.id = i.person_id
      join units u on u.id = i.unit_id
      join positions p on p.id = i.position_id
      join filings mf on mf.id = i.match_filing_id
      join regions r on r.code = mf.region_code
      where ${scoped(v, f, sql`mf.region_code`, sql`i.unit_id`)} ${status} ${nameLike(sql`pe.name`, f.q)} ${key}
      order by i.start_date desc, i.id desc
      limit ${limit}`),
  );
  return rows.map(({ enc, ...r }) => {
    const id = decryptPii(enc);
    return { ...r, status: INTERN_STATUS[r.status as keyof typeof INTERN_STATUS] ?? r.status, idCard: opts.unmasked ? id : maskIdCard(id) };
  });
}

export type UnitRow = {
  id: string;
  name: string;
  uscc: string;
  region: string;
  unitType: string;
  industry: string;
  contact: string;
  phone: string;
  bank: string;
  account: string;
  approvedAt: string;
};

/** 见习单位: units whose 就业见习单位申请 was approved, by name. */
export async function unitsAfter(
  db: Db,
  v: ListViewer,
  f: ListFilter,
  opts: { unmasked: boolean },
  after: { name: string; id: string } | null,
  limit: number,
): Promise<UnitRow[]> {
  const key = after ? sql`and (u.name, u.id) > (${after.name}, ${after.id}::uuid)` : sql``;
  const rows = rowsOf<Omit<UnitRow, 'account'> & { enc: string; last4: string }>(
    await db.execute(sql`
      select u.id, u.name, u.uscc, r.name as region, q.unit_type as "unitType", q.industry, q.contact_name as contact, q.contact_phone as phone,
             q.bank_name as bank, q.bank_account_enc as enc, q.bank_account_last4 as last4,
             to_char(f.decided_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as "approvedAt"
      from filings f
      join unit_qualifications q on q.filing_id = f.id
      join units u on u.id = f.unit_id
      join regions r on r.code = f.region_code
      where f.kind = 'qualification' and f.state = 'approved' and ${scoped(v, f, sql`f.region_code`, sql`f.unit_id`)} ${nameLike(sql`u.name`, f.q)} ${key}
      order by u.name, u.id
      limit ${limit}`),
  );
  return rows.map(({ enc, last4, ...r }) => ({
    ...r,
    industry: `${r.industry} ${industryName(r.industry)}`,
    account: opts.unmasked ? decryptPii(enc) : maskBankAccount(`0000${last4}`),
  }));
}

export const POSITION_STATUS = { pending: '待审核', open: '招募中', closed: '已停止招募' } as const;
export type PositionRow = {
  id: string;
  code: string;
  title: string;
  unitName: string;
  region: string;
  category: string;
  headcount: number;
  place: string;
  status: string;
  publishedAt: string;
  deadline: string;
  allowance: string;
};

/** 见习岗位 by 岗位编号. */
export async function positionsAfter(db: Db, v: ListViewer, f: ListFilter, after: { code: string } | null, limit: number): Promise<PositionRow[]> {
  const status = f.status && f.status in POSITION_STATUS ? sql`and p.status = ${f.status}` : f.published ? sql`and p.status <> 'pending'` : sql``;
  const key = after ? sql`and p.code > ${after.code}` : sql``;
  const rows = rowsOf<PositionRow & { allowanceFen: number }>(
    await db.execute(sql`
      select p.id, p.code, p.title, u.name as "unitName", r.name as region, p.category, p.headcount, c.name || ' · ' || w.name as place, p.status,
             coalesce(to_char(p.published_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD'), '') as "publishedAt", p.deadline::text as deadline, p.allowance_fen as "allowanceFen"
      from positions p
      join filings f on f.id = p.filing_id
      join units u on u.id = p.unit_id
      join regions r on r.code = f.region_code
      join regions w on w.code = p.county_code
      join regions c on c.code = p.city_code
      where ${scoped(v, f, sql`f.region_code`, sql`p.unit_id`)} ${status} ${nameLike(sql`p.title`, f.q)} ${key}
      order by p.code
      limit ${limit}`),
  );
  return rows.map(({ allowanceFen, ...r }) => ({
    ...r,
    headcount: Number(r.headcount),
    status: POSITION_STATUS[r.status as keyof typeof POSITION_STATUS] ?? r.status,
    allowance: (Number(allowanceFen) / 100).toFixed(2),
  }));
}

/** Reads 地区 / 状态 / 关键字 from the URL. */
export function parseListFilter(sp: Record<string, string | string[] | undefined>): ListFilter {
  const one = (k: string) => (typeof sp[k] === 'string' ? (sp[k] as string).trim().slice(0, 50) || undefined : undefined);
  const region = one('region');
  return { region: region && /^\d{2,6}$/.test(region) ? region : undefined, status: one('status'), q: one('q') };
}
