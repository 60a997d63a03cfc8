import 'server-only';
import { and, desc, eq, ilike, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '@/lib/db/client';
import { auditLog, filings, positions, positionInterests, units } from '@/lib/db/schema';
import { createFiling, type Actor, type DecidedFiling } from '@/lib/filings/commands';
import { containing, filingInScope, scopeOf } from '@/lib/access/scope';
import type { Viewer } from '@/lib/access/viewer';
import type { DetailSection } from '@/lib/filings/detail';
import { UserFacingError } from '@/lib/errors';
import { isUuid } from '@/lib/validation/uuid';
import { regionLabel } from '@/lib/regions/queries';
import { allowanceError } from './floor';
import { POSITION_STATE_LABEL, positionCode, positionState } from './labels';
import { floorTable } from './min-wage';
import { formatYuan } from './money';
import type { PositionData } from './schema';
import { todayInShanghai } from '@/lib/time';

export const NOT_TRAINEE_UNIT = '贵单位尚未成为就业见习单位，不能申请见习岗位。请先办理“就业见习单位申请”，审核通过后再申请岗位。';

/** Whether the unit may apply for positions (an approved 见习单位). */
export async function isTraineeUnit(db: Db, unitId: string): Promise<boolean> {
  const [u] = await db.select({ ok: units.isTraineeUnit }).from(units).where(eq(units.id, unitId));
  return !!u?.ok;
}

/**
 * 就业见习岗位申请 → 提交: the filing and its position in one transaction. The filing is handled by the
 * bureau that approved the unit (业务办理归属地 of its qualification), else the position's county.
 * A replayed submission answers with the position made the first time.
 */
export async function submitPosition(db: Db, unit: { id: string }, data: PositionData, actor: Actor): Promise<{ filingId: string; code: string }> {
  return db.transaction(async (tx) => {
    // The unit's row lock first, then the replay check: a second press at the same moment waits for
    // the first to commit and then answers with its position, before any rule runs.
    const [u] = await tx.select({ ok: units.isTraineeUnit }).from(units).where(eq(units.id, unit.id)).for('update');
    const replay = await tx
      .select({ filingId: positions.filingId, code: positions.code })
      .from(positions)
      .innerJoin(filings, eq(filings.id, positions.filingId))
      .where(and(eq(filings.unitId, unit.id), eq(filings.submissionKey, data.submissionKey)));
    if (replay[0]) return replay[0];
    if (!u?.ok) throw new UserFacingError(NOT_TRAINEE_UNIT);
    const floors = await floorTable(tx as unknown as Db, todayInShanghai(), [data.countyCode]);
    const low = allowanceError(data.countyCode, data.allowance, floors);
    if (low) throw new UserFacingError(low, { field: 'allowance' });
    const [q] = await tx
      .select({ regionCode: filings.regionCode })
      .from(filings)
      .where(and(eq(filings.unitId, unit.id), eq(filings.kind, 'qualification'), eq(filings.state, 'approved')))
      .orderBy(desc(filings.decidedAt))
      .limit(1);
    const filing = await createFiling(
      tx,
      { unitId: unit.id, kind: 'position', regionCode: q?.regionCode ?? data.countyCode, title: data.title, submissionKey: data.submissionKey },
      actor,
    );
    const [{ n }] = await tx.select({ n: sql<string>`nextval('position_code_seq')` }).from(sql`(select 1) as one`);
    const code = positionCode(data.countyCode, Number(n));
    await tx.insert(positions).values({
      code,
      filingId: filing.id,
      unitId: unit.id,
      title: data.title,
      category: data.category,
      headcount: data.headcount,
      education: data.education,
      major: data.major,
      months: data.months,
      allowanceFen: data.allowance,
      minWageFen: floors[data.countyCode].fen,
      cityCode: data.countyCode.slice(0, 4),
      countyCode: data.countyCode,
      address: data.address,
      duties: data.duties,
      requirements: data.requirements,
      contactName: data.contactName,
      contactPhone: data.contactPhone,
      deadline: data.deadline,
    });
    return { filingId: filing.id, code };
  });
}

/** Approval publishes the position (in the decision's transaction); returns its code. */
export async function approvePosition(tx: Tx, filing: DecidedFiling): Promise<string | null> {
  const [row] = await tx
    .update(positions)
    .set({ status: 'open', publishedAt: sql`now()`, updatedAt: sql`now()` })
    .where(and(eq(positions.filingId, filing.id), eq(positions.unitId, filing.unitId), eq(positions.status, 'pending')))
    .returning({ code: positions.code });
  return row?.code ?? null;
}

/** 停止招募: the unit closes its own open position. */
export async function closePosition(db: Db, unitId: string, positionId: string, actor: Actor): Promise<string | null> {
  if (!isUuid(positionId)) return null;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(positions)
      .set({ status: 'closed', closedAt: sql`now()`, updatedAt: sql`now()` })
      .where(and(eq(positions.id, positionId), eq(positions.unitId, unitId), eq(positions.status, 'open')))
      .returning({ code: positions.code });
    if (!row) return null;
    await tx.insert(auditLog).values({
      actorKind: actor.kind,
      actorId: actor.id,
      action: 'position_close',
      entity: 'positions',
      entityId: positionId,
      detail: { code: row.code },
      ip: actor.ip,
    });
    return row.code;
  });
}

// Table-qualified by hand: inside a subquery drizzle would print the outer column unqualified.
const interestCount = sql<number>`(select count(*)::int from ${positionInterests} pi where pi.position_id = ${positions}.id and pi.withdrawn_at is null)`;

const unitColumns = {
  id: positions.id,
  code: positions.code,
  title: positions.title,
  status: positions.status,
  headcount: positions.headcount,
  countyCode: positions.countyCode,
  deadline: positions.deadline,
  publishedAt: positions.publishedAt,
  interests: interestCount,
};

export type UnitPositionRow = Awaited<ReturnType<typeof listUnitPositions>>[number];

/** 就业见习岗位查询 → 【查询】: the unit's approved positions, newest first. */
export async function listUnitPositions(db: Db, unitId: string, f: { q?: string } = {}) {
  const where: SQL[] = [scopeOf({ role: 'unit', unitId }).positions, inArray(positions.status, ['open', 'closed'])];
  if (f.q) where.push(ilike(positions.title, containing(f.q)));
  const rows = await db
    .select(unitColumns)
    .from(positions)
    .where(and(...where))
    .orderBy(desc(positions.publishedAt), desc(positions.code))
    .limit(200);
  const today = todayInShanghai();
  return rows.map((r) => ({ ...r, state: positionState(r.status, r.deadline, today) }));
}

/** One approved position of this unit; another unit's id answers null, exactly like a missing one. */
export async function getUnitPosition(db: Db, unitId: string, id: string) {
  if (!isUuid(id)) return null;
  const [row] = await db
    .select({ ...unitColumns, filingId: positions.filingId })
    .from(positions)
    .where(and(eq(positions.id, id), scopeOf({ role: 'unit', unitId }).positions, inArray(positions.status, ['open', 'closed'])));
  return row ? { ...row, state: positionState(row.status, row.deadline, todayInShanghai()) } : null;
}

/** The detail sections of a position filing, for the unit (个人中心) and for reviewers in scope. */
export async function positionDetails(db: Db, filingId: string, viewer: Viewer): Promise<DetailSection[]> {
  if (!isUuid(filingId)) return [];
  const [p] = await db
    .select({
      code: positions.code,
      status: positions.status,
      title: positions.title,
      category: positions.category,
      headcount: positions.headcount,
      education: positions.education,
      major: positions.major,
      months: positions.months,
      allowanceFen: positions.allowanceFen,
      minWageFen: positions.minWageFen,
      countyCode: positions.countyCode,
      address: positions.address,
      duties: positions.duties,
      requirements: positions.requirements,
      contactName: positions.contactName,
      contactPhone: positions.contactPhone,
      deadline: positions.deadline,
    })
    .from(positions)
    .innerJoin(filings, eq(filings.id, positions.filingId))
    .where(filingInScope(viewer, filingId));
  if (!p) return [];
  return [
    {
      type: 'fields',
      title: '见习岗位信息',
      fields: [
        { label: '岗位编号', value: p.code, mono: true },
        { label: '岗位名称', value: p.title },
        { label: '岗位类别', value: p.category },
        { label: '见习人数', value: `${p.headcount} 人` },
        { label: '学历要求', value: p.education },
        { label: '专业要求', value: p.major },
        { label: '见习期限', value: `${p.months} 个月` },
        { label: '见习生活补助', value: `${formatYuan(p.allowanceFen)} 元/月（提交时当地最低工资标准 ${formatYuan(p.minWageFen)} 元/月）` },
        { label: '工作地点', value: `${(await regionLabel(db, p.countyCode)) ?? p.countyCode} ${p.address}` },
        { label: '岗位职责', value: p.duties },
        { label: '任职要求', value: p.requirements },
        { label: '联系人', value: p.contactName },
        { label: '联系电话', value: p.contactPhone },
        { label: '招募截止日期', value: p.deadline },
        { label: '发布状态', value: POSITION_STATE_LABEL[positionState(p.status, p.deadline, todayInShanghai())] },
      ],
    },
  ];
}

/** What a reviewer should know before deciding: re-checked against today's data. */
export async function positionWarnings(db: Db, filingId: string, viewer: Viewer): Promise<string[]> {
  if (!isUuid(filingId)) return [];
  const [p] = await db
    .select({ allowanceFen: positions.allowanceFen, countyCode: positions.countyCode, deadline: positions.deadline, trainee: units.isTraineeUnit })
    .from(positions)
    .innerJoin(units, eq(units.id, positions.unitId))
    .innerJoin(filings, eq(filings.id, positions.filingId))
    .where(filingInScope(viewer, filingId));
  if (!p) return [];
  const today = todayInShanghai();
  const out: string[] = [];
  if (!p.trainee) out.push('该单位目前不是就业见习单位。');
  if (p.deadline <= today) out.push(`招募截止日期（${p.deadline}）已到或已过，审核通过后该岗位不会出现在公开查询中。`);
  const floor = (await floorTable(db, today, [p.countyCode]))[p.countyCode];
  const low = allowanceError(p.countyCode, p.allowanceFen, { [p.countyCode]: floor });
  if (low) out.push(`按现行最低工资标准：${low}。`);
  else if (floor && !floor.confirmed) out.push(`工作地点的最低工资档次尚未核实，已按山西省一类标准 ${formatYuan(floor.fen)} 元/月校验。`);
  return out;
}

/** The code of the position a filing made (after its approval, to refresh that position's public page). */
export async function positionCodeOf(db: Db, filingId: string): Promise<string | null> {
  const [row] = await db.select({ code: positions.code }).from(positions).where(eq(positions.filingId, filingId));
  return row?.code ?? null;
}
