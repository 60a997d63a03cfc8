import { and, desc, eq } from 'drizzle-orm';
import type { Db, Tx } from '@/lib/db/client';
import type { SubsidyStage } from '@/lib/db/schema/subsidy';
import { filings, subsidyClaimLines, subsidyClaimMonths, subsidyClaimPersons, subsidyClaims, subsidyInsuranceClaims, units } from '@/lib/db/schema';
import { createFiling, resubmitFiling, type Actor } from '@/lib/filings/commands';
import { UserFacingError, isUniqueViolation } from '@/lib/errors';
import { attachFiles } from '@/lib/units/attachments';
import { insuranceFen, policyCovers, takeMonths, yuan } from './compute';
import { reckonUnits, unitHomeRegion, type UnitReckoning } from './facts';
import { SUBSIDY_SLOTS, type ClaimInput } from './schema';

export const NOT_TRAINEE_UNIT = '仅审核通过的就业见习单位可以申领就业见习补贴，请先办理“就业见习单位申请”。';

/** 系统核算 for this unit's interns over a window; null when the unit is not an approved 见习单位. */
export async function unitReckoning(
  db: Db | Tx,
  unitId: string,
  from: string,
  count: number,
  opts: { exceptFiling?: string; now?: Date } = {},
): Promise<UnitReckoning | null> {
  const [u] = await db.select({ isTraineeUnit: units.isTraineeUnit }).from(units).where(eq(units.id, unitId));
  const region = u?.isTraineeUnit ? await unitHomeRegion(db, unitId) : null;
  if (!region) return null;
  const [r] = await reckonUnits(db, [{ unitId, regionCode: region }], from, count, opts);
  return r;
}

/** Why the asked months are more than proven, in the clerk's words (each month's reason). */
function tooMany(name: string, asked: number, r: UnitReckoning['persons'][number]): string {
  const why = r.months.filter((m) => !m.ok).map((m) => `${m.month}：${m.ok ? '' : m.reason}`);
  return `${name}：申请补贴月数${asked}个月，超过系统核算月数${r.systemMonths}个月${why.length ? `（${why.join('；')}）` : ''}。`;
}

/**
 * 就业见习补贴申领 → 提交: filing, claim, per-person months, person-month lines and attachments in
 * one transaction. The claim-month rows make a second claim of the same person-month impossible
 * even under concurrency (their primary key); a replay returns the first submission's filing.
 */
export async function submitClaim(db: Db, unit: { id: string; name: string }, data: ClaimInput, actor: Actor, now?: Date): Promise<{ filingId: string }> {
  try {
    return await db.transaction(async (tx) => {
      // Under the unit's row lock: a second press at the same moment waits and then finds the first.
      await tx.select({ id: units.id }).from(units).where(eq(units.id, unit.id)).for('update');
      const [replayed] = await tx
        .select({ id: filings.id })
        .from(filings)
        .where(and(eq(filings.unitId, unit.id), eq(filings.submissionKey, data.submissionKey)));
      if (replayed) return { filingId: replayed.id };

      let fixing: string | null = null;
      if (data.filingId) {
        const [old] = await tx
          .select({ id: filings.id })
          .from(filings)
          .where(and(eq(filings.id, data.filingId), eq(filings.unitId, unit.id), eq(filings.kind, 'subsidy'), eq(filings.state, 'rejected')));
        if (!old) throw new UserFacingError('要修改的补贴申领不存在或不是审核不通过状态。');
        fixing = old.id;
      }
      const r = await unitReckoning(tx, unit.id, data.from, data.count, { exceptFiling: fixing ?? undefined, now });
      if (!r) throw new UserFacingError(NOT_TRAINEE_UNIT);

      // A retained intern's one-off bonus (where the standard pays one) goes with the claim that lists them.
      const bonusOf = (personId: string) => r.persons.find((x) => x.personId === personId)?.retentionBonusFen ?? 0;
      const chosen = data.persons.filter((p) => p.months > 0 || p.premium !== null || bonusOf(p.personId) > 0);
      if (!chosen.length) throw new UserFacingError('请至少为一名见习人员填写申请补贴月数或保险补贴。');
      const seen = new Set<string>();
      const planned = chosen.map((p) => {
        const rec = r.persons.find((x) => x.personId === p.personId);
        if (!rec) throw new UserFacingError('所选人员不是本单位在该期间的见习人员。');
        if (seen.has(p.personId)) throw new UserFacingError(`${rec.name}：同一人员在申领期间有多段见习，请分别申领。`);
        seen.add(p.personId);
        if (p.months > rec.systemMonths) throw new UserFacingError(tooMany(rec.name, p.months, rec), `persons.${p.personId}.months`);
        let ins = 0;
        if (p.premium !== null) {
          if (p.premium <= 0) throw new UserFacingError(`${rec.name}：保险费应大于0。`);
          if (p.premium > r.insuranceCapFen)
            throw new UserFacingError(`${rec.name}：人身意外伤害保险补贴每人最多${yuan(r.insuranceCapFen)}元，保险费${yuan(p.premium)}元超过上限。`);
          if (!p.policyStart || !p.policyEnd) throw new UserFacingError(`${rec.name}：请填写保单起止日期。`);
          if (!policyCovers({ start: p.policyStart, end: p.policyEnd }, rec))
            throw new UserFacingError(`${rec.name}：保单期间（${p.policyStart}至${p.policyEnd}）未覆盖整个见习期（${rec.startDate}至${rec.endDate}）。`);
          ins = insuranceFen(p.premium, r.insuranceCapFen);
        }
        const lines = takeMonths(rec, p.months);
        return { p, rec, lines, ins };
      });
      if (planned.some((x) => x.ins > 0) && !data.files.subsidy_policy) throw new UserFacingError('申领保险补贴时请上传保单。');

      const personMonths = planned.reduce((s, x) => s + x.lines.length, 0);
      const totalFen = planned.reduce((s, x) => s + x.ins + x.rec.retentionBonusFen + x.lines.reduce((a, l) => a + l.amountFen, 0), 0);
      const title = `就业见习补贴 ${r.window[0]}至${r.window[r.window.length - 1]}（${planned.length}人，${personMonths}人次）`;

      let filingId: string;
      if (fixing) {
        const res = await resubmitFiling(tx, { filingId: fixing, unitId: unit.id, regionCode: r.regionCode, title, submissionKey: data.submissionKey }, actor);
        if (res !== 'ok') throw new UserFacingError('要修改的补贴申领不存在或不是审核不通过状态。');
        filingId = fixing;
        await tx.delete(subsidyClaimLines).where(eq(subsidyClaimLines.filingId, filingId));
        await tx.delete(subsidyClaimPersons).where(eq(subsidyClaimPersons.filingId, filingId));
        await tx
          .update(subsidyClaims)
          .set({
            stage: 'submitted',
            fromMonth: r.window[0],
            toMonth: r.window[r.window.length - 1],
            personMonths,
            totalFen,
            countyDecidedAt: null,
            countyDecidedBy: null,
            countyNote: null,
            cityDecidedAt: null,
            cityDecidedBy: null,
            cityNote: null,
          })
          .where(eq(subsidyClaims.filingId, filingId));
      } else {
        filingId = (await createFiling(tx, { unitId: unit.id, kind: 'subsidy', regionCode: r.regionCode, title, submissionKey: data.submissionKey }, actor)).id;
        await tx.insert(subsidyClaims).values({ filingId, fromMonth: r.window[0], toMonth: r.window[r.window.length - 1], personMonths, totalFen });
      }
      await tx.insert(subsidyClaimPersons).values(
        planned.map(({ p, rec, lines, ins }) => ({
          filingId,
          personId: p.personId,
          internshipId: rec.internshipId,
          name: rec.name,
          systemMonths: rec.systemMonths,
          claimedMonths: lines.length,
          insurancePremiumFen: p.premium,
          insuranceFen: ins,
          policyStart: p.policyStart || null,
          policyEnd: p.policyEnd || null,
          retentionBonusFen: rec.retentionBonusFen,
        })),
      );
      const lines = planned.flatMap(({ p, lines }) =>
        lines.map((l) => ({ filingId, personId: p.personId, month: l.month, minWageFen: l.minWageFen, rateBp: l.rateBp, amountFen: l.amountFen })),
      );
      if (lines.length) {
        await tx.insert(subsidyClaimLines).values(lines);
        await tx.insert(subsidyClaimMonths).values(lines.map((l) => ({ personId: l.personId, month: l.month, filingId })));
      }
      const insured = planned.filter((x) => x.ins > 0).map((x) => ({ personId: x.p.personId, filingId }));
      if (insured.length) await tx.insert(subsidyInsuranceClaims).values(insured);

      const slotFiles = Object.fromEntries(Object.entries(data.files).filter((e): e is [string, string] => !!e[1]));
      const bad = await attachFiles(tx, unit.id, filingId, slotFiles);
      if (bad.length)
        throw new UserFacingError(`附件无效或已失效，请重新上传：${bad.map((s) => SUBSIDY_SLOTS.find((x) => x.id === s)?.label ?? s).join('、')}`);
      return { filingId };
    });
  } catch (e) {
    if (isUniqueViolation(e, 'subsidy_claim_months_person_id_month_pk'))
      throw new UserFacingError('所选月份中有人员的补贴已被申领（已申领），请刷新页面后重新核对。');
    if (isUniqueViolation(e, 'subsidy_insurance_claims_pkey'))
      throw new UserFacingError('所选人员中有人已申领过保险补贴（每人限一次），请刷新页面后重新核对。');
    throw e;
  }
}

/** Frees a refused or withdrawn claim's person-months and insurance, so they may be claimed again. */
export async function releaseClaim(tx: Tx, filingId: string): Promise<void> {
  await tx.delete(subsidyClaimMonths).where(eq(subsidyClaimMonths.filingId, filingId));
  await tx.delete(subsidyInsuranceClaims).where(eq(subsidyInsuranceClaims.filingId, filingId));
}

export type UnitClaimRow = {
  filingId: string;
  title: string;
  stage: SubsidyStage;
  fromMonth: string;
  toMonth: string;
  personMonths: number;
  totalFen: number;
  submittedAt: Date;
  note: string | null;
};

/** The unit's claims, newest first (个人中心 and the 事项 page list them with their stage). */
export async function unitClaims(db: Db, unitId: string): Promise<UnitClaimRow[]> {
  return db
    .select({
      filingId: filings.id,
      title: filings.title,
      stage: subsidyClaims.stage,
      fromMonth: subsidyClaims.fromMonth,
      toMonth: subsidyClaims.toMonth,
      personMonths: subsidyClaims.personMonths,
      totalFen: subsidyClaims.totalFen,
      submittedAt: filings.submittedAt,
      note: filings.decisionNote,
    })
    .from(subsidyClaims)
    .innerJoin(filings, eq(filings.id, subsidyClaims.filingId))
    .where(eq(filings.unitId, unitId))
    .orderBy(desc(filings.submittedAt));
}

/** A rejected claim of this unit, to correct: its window and per-person answers. */
export async function rejectedClaim(db: Db, unitId: string, filingId: string) {
  const [c] = await db
    .select({ filingId: subsidyClaims.filingId, fromMonth: subsidyClaims.fromMonth, toMonth: subsidyClaims.toMonth, note: filings.decisionNote })
    .from(subsidyClaims)
    .innerJoin(filings, eq(filings.id, subsidyClaims.filingId))
    .where(and(eq(filings.id, filingId), eq(filings.unitId, unitId), eq(filings.state, 'rejected')));
  if (!c) return null;
  const persons = await db
    .select({
      personId: subsidyClaimPersons.personId,
      months: subsidyClaimPersons.claimedMonths,
      premiumFen: subsidyClaimPersons.insurancePremiumFen,
      policyStart: subsidyClaimPersons.policyStart,
      policyEnd: subsidyClaimPersons.policyEnd,
    })
    .from(subsidyClaimPersons)
    .where(eq(subsidyClaimPersons.filingId, filingId));
  return { ...c, persons };
}
