import { and, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '@/lib/db/client';
import { filingEvents, filings, subsidyClaimLines, subsidyClaimPersons, subsidyClaims } from '@/lib/db/schema';
import type { SubsidyStage } from '@/lib/db/schema/subsidy';
import { TAKEN_MESSAGE, type DecisionOutcome } from '@/lib/filings/commands';
import { UserFacingError } from '@/lib/errors';
import { monthsBetween } from './compute';
import { releaseClaim, unitReckoning } from './claims';

/** The 业务办理归属地's bureau decides first: the county, or the city for 市本级 (`${city}00`). */
export function isFirstLevel(staffRegion: string, filingRegion: string): boolean {
  return staffRegion === filingRegion || (filingRegion.endsWith('00') && staffRegion === filingRegion.slice(0, 4));
}

/** The city bureau (市级) confirms. */
export function isSecondLevel(staffRegion: string, filingRegion: string): boolean {
  return staffRegion.length === 4 && filingRegion.startsWith(staffRegion);
}

/** Who may decide a claim at its stage now, or why not. */
export function reviewLevel(stage: SubsidyStage, staffRegion: string, filingRegion: string): { level: 1 | 2 } | { level: null; why: string } {
  if (stage === 'submitted') return isFirstLevel(staffRegion, filingRegion) ? { level: 1 } : { level: null, why: '该申领等待业务办理归属地（县区）审核。' };
  if (stage === 'county_approved')
    return isSecondLevel(staffRegion, filingRegion) ? { level: 2 } : { level: null, why: '该申领已县区审核通过，等待市级审核。' };
  return { level: null, why: '' };
}

/**
 * Re-checks every person-month of a claim against the data now (another claim may have been
 * approved, attendance may be missing, a standard may have changed): the problems, in words.
 */
export async function claimProblems(db: Db | Tx, filingId: string): Promise<string[]> {
  const [c] = await db
    .select({ unitId: filings.unitId, fromMonth: subsidyClaims.fromMonth, toMonth: subsidyClaims.toMonth })
    .from(subsidyClaims)
    .innerJoin(filings, eq(filings.id, subsidyClaims.filingId))
    .where(eq(subsidyClaims.filingId, filingId));
  if (!c) return ['申领不存在。'];
  const r = await unitReckoning(db, c.unitId, c.fromMonth, monthsBetween(c.fromMonth, c.toMonth), { exceptFiling: filingId });
  if (!r) return ['该单位已不是审核通过的就业见习单位。'];
  const lines = await db
    .select({ personId: subsidyClaimLines.personId, month: subsidyClaimLines.month, amountFen: subsidyClaimLines.amountFen })
    .from(subsidyClaimLines)
    .where(eq(subsidyClaimLines.filingId, filingId));
  const out: string[] = [];
  for (const l of lines) {
    const p = r.persons.find((x) => x.personId === l.personId);
    const m = p?.months.find((x) => x.month === l.month);
    if (!p || !m) out.push(`${l.month}：人员不在该单位见习人员中。`);
    else if (!m.ok) out.push(`${p.name} ${l.month}：${m.reason}。`);
    else if (m.amountFen !== l.amountFen) out.push(`${p.name} ${l.month}：按现行标准应为${m.amountFen / 100}元/月，申领为${l.amountFen / 100}元/月。`);
  }
  const bonuses = await db
    .select({ personId: subsidyClaimPersons.personId, name: subsidyClaimPersons.name, fen: subsidyClaimPersons.retentionBonusFen })
    .from(subsidyClaimPersons)
    .where(eq(subsidyClaimPersons.filingId, filingId));
  for (const b of bonuses) {
    const due = r.persons.find((x) => x.personId === b.personId)?.retentionBonusFen ?? 0;
    // A bonus asked must still be due; one not asked (the intern retained since) is left for a later claim.
    if (b.fen > 0 && b.fen !== due) out.push(`${b.name}：留用一次性补贴应为${due / 100}元，申领为${b.fen / 100}元（已在其他申领中或不再符合）。`);
  }
  return out;
}

/**
 * 县区审核 / 市审核 of a claim, race-safe like every decision: one UPDATE of the filing at the
 * version the reviewer saw and in their scope, and one of the claim at the stage it was in. On
 * approval every person-month is re-checked; on refusal the months are freed.
 */
export async function decideSubsidy(
  db: Db,
  staff: { id: string; region: string },
  input: { filingId: string; version: number; decision: 'approved' | 'rejected'; note: string },
  ip: string,
): Promise<DecisionOutcome> {
  return db.transaction(async (tx) => {
    const scope = `${staff.region.replace(/[%_\\]/g, '')}%`;
    const [seen] = await tx
      .select({ stage: subsidyClaims.stage, regionCode: filings.regionCode, version: filings.version })
      .from(subsidyClaims)
      .innerJoin(filings, eq(filings.id, subsidyClaims.filingId))
      .where(and(eq(subsidyClaims.filingId, input.filingId), sql`${filings.regionCode} like ${scope}`));
    if (!seen) return { ok: false as const, reason: 'not_found' as const, message: '申报不存在或不在您的辖区内。' };
    if (seen.version !== input.version) return { ok: false as const, reason: 'taken' as const, message: TAKEN_MESSAGE };
    const lv = reviewLevel(seen.stage, staff.region, seen.regionCode);
    if (lv.level === null) return { ok: false as const, reason: 'not_found' as const, message: lv.why || TAKEN_MESSAGE };

    const approve = input.decision === 'approved';
    const toStage: SubsidyStage = lv.level === 1 ? (approve ? 'county_approved' : 'county_rejected') : approve ? 'city_approved' : 'city_rejected';
    const toState = approve ? (lv.level === 1 ? 'pending' : 'approved') : 'rejected';
    const [row] = await tx
      .update(filings)
      .set({
        state: toState,
        version: sql`${filings.version} + 1`,
        decidedAt: sql`now()`,
        decidedBy: staff.id,
        decisionNote: input.note || null,
        updatedAt: sql`now()`,
      })
      .where(and(eq(filings.id, input.filingId), eq(filings.state, 'pending'), eq(filings.version, input.version), sql`${filings.regionCode} like ${scope}`))
      .returning({ id: filings.id, unitId: filings.unitId, kind: filings.kind, regionCode: filings.regionCode });
    if (!row) return { ok: false as const, reason: 'taken' as const, message: TAKEN_MESSAGE };
    const levelSet =
      lv.level === 1
        ? { countyDecidedAt: sql`now()`, countyDecidedBy: staff.id, countyNote: input.note || null }
        : { cityDecidedAt: sql`now()`, cityDecidedBy: staff.id, cityNote: input.note || null };
    const moved = await tx
      .update(subsidyClaims)
      .set({ stage: toStage, ...levelSet })
      .where(and(eq(subsidyClaims.filingId, input.filingId), eq(subsidyClaims.stage, seen.stage)))
      .returning({ id: subsidyClaims.filingId });
    if (!moved.length) throw new UserFacingError(TAKEN_MESSAGE);
    if (approve) {
      const problems = await claimProblems(tx, input.filingId);
      if (problems.length) throw new UserFacingError(`复核未通过，不能审核通过，请审核不通过并说明原因：${problems.slice(0, 5).join('')}`);
    } else {
      await releaseClaim(tx, input.filingId);
    }
    await tx.insert(filingEvents).values({
      filingId: input.filingId,
      actorKind: 'staff',
      actorId: staff.id,
      action: approve ? 'approve' : 'reject',
      fromState: 'pending',
      toState,
      note: `${lv.level === 1 ? '县区审核' : '市审核'}${input.note ? `：${input.note}` : ''}`,
      ip,
    });
    return { ok: true as const, filing: row };
  });
}

/** For the review page: whether this reviewer decides the claim now, else what it waits for. */
export async function subsidyReviewGate(db: Db, filingId: string, staffRegion: string): Promise<{ canDecide: boolean; why: string; level: 1 | 2 | null }> {
  const [c] = await db
    .select({ stage: subsidyClaims.stage, regionCode: filings.regionCode })
    .from(subsidyClaims)
    .innerJoin(filings, eq(filings.id, subsidyClaims.filingId))
    .where(eq(subsidyClaims.filingId, filingId));
  if (!c) return { canDecide: false, why: '', level: null };
  const lv = reviewLevel(c.stage, staffRegion, c.regionCode);
  return lv.level === null ? { canDecide: false, why: lv.why, level: null } : { canDecide: true, why: '', level: lv.level };
}
