import { and, desc, eq, gt, gte, inArray, lte, ne, notInArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '@/lib/db/client';
import {
  filings,
  internships,
  minWageCounties,
  minWageNotices,
  minWageTiers,
  persons,
  reportRows,
  subsidyClaimMonths,
  subsidyClaimPersons,
  subsidyClaims,
  subsidyStandards,
} from '@/lib/db/schema';
import { monthInShanghai } from '@/lib/time';
import { reckon, retentionBp, windowMonths, type InternshipFacts, type PersonReckoning, type Standard } from './compute';

type Q = Db | Tx;

export const PROVINCE = '14';

/** The province's 补贴标准 rows (all dates: each month picks its own). */
export async function loadStandards(db: Q, provinceCode = PROVINCE): Promise<Standard[]> {
  return db
    .select({
      effectiveFrom: subsidyStandards.effectiveFrom,
      rateBp: subsidyStandards.rateBp,
      retentionThresholdBp: subsidyStandards.retentionThresholdBp,
      raisedRateBp: subsidyStandards.raisedRateBp,
      retentionBonusFen: subsidyStandards.retentionBonusFen,
      insuranceCapFen: subsidyStandards.insuranceCapFen,
    })
    .from(subsidyStandards)
    .where(eq(subsidyStandards.provinceCode, provinceCode));
}

/**
 * The minimum wage (分) of a 业务办理归属地's tier in force on each month's first day. A county whose
 * tier is not confirmed, and 市本级, get the highest tier, as the position floor does.
 */
export async function minWageByMonth(db: Q, regionCode: string, months: string[]): Promise<Map<string, number>> {
  const notices = await db
    .select({ id: minWageNotices.id, from: minWageNotices.effectiveFrom })
    .from(minWageNotices)
    .orderBy(desc(minWageNotices.effectiveFrom));
  if (!notices.length) return new Map();
  const ids = notices.map((n) => n.id);
  const [tiers, county] = await Promise.all([
    db
      .select({ noticeId: minWageTiers.noticeId, tier: minWageTiers.tier, fen: minWageTiers.monthlyFen })
      .from(minWageTiers)
      .where(inArray(minWageTiers.noticeId, ids)),
    db
      .select({ noticeId: minWageCounties.noticeId, tier: minWageCounties.tier, confirmed: minWageCounties.confirmed })
      .from(minWageCounties)
      .where(and(inArray(minWageCounties.noticeId, ids), eq(minWageCounties.regionCode, regionCode))),
  ]);
  const out = new Map<string, number>();
  for (const m of months) {
    const n = notices.find((x) => x.from <= `${m}-01`);
    if (!n) continue;
    const own = tiers.filter((t) => t.noticeId === n.id).sort((a, b) => a.tier - b.tier);
    if (!own.length) continue;
    const c = county.find((x) => x.noticeId === n.id);
    const t = c?.confirmed && c.tier ? own.find((x) => x.tier === c.tier) : undefined;
    out.set(m, (t ?? own[0]).fen);
  }
  return out;
}

/** The 业务办理归属地 of the unit's approved 就业见习单位申请; null: not an approved 见习单位. */
export async function unitHomeRegion(db: Q, unitId: string): Promise<string | null> {
  const [row] = await db
    .select({ regionCode: filings.regionCode })
    .from(filings)
    .where(and(eq(filings.unitId, unitId), eq(filings.kind, 'qualification'), eq(filings.state, 'approved')))
    .orderBy(desc(filings.decidedAt))
    .limit(1);
  return row?.regionCode ?? null;
}

export type UnitReckoning = {
  unitId: string;
  regionCode: string;
  window: string[];
  persons: (PersonReckoning & { startDate: string; endDate: string })[];
  insuranceCapFen: number;
  retentionBonusFen: number | null;
};

/**
 * 系统核算 for units over a window, in a handful of set queries whatever the number of interns
 * (the benchmark reckons a whole city). `exceptFiling`: a claim being re-checked or corrected
 * does not count against itself.
 */
export async function reckonUnits(
  db: Q,
  units: { unitId: string; regionCode: string }[],
  from: string,
  count: number,
  opts: { exceptFiling?: string; now?: Date } = {},
): Promise<UnitReckoning[]> {
  const window = windowMonths(from, count);
  const first = `${window[0]}-01`;
  const last = `${window[window.length - 1]}-28`;
  const unitIds = units.map((u) => u.unitId);
  if (!unitIds.length) return [];
  const interns = await db
    .select({
      internshipId: internships.id,
      unitId: internships.unitId,
      personId: internships.personId,
      name: persons.name,
      startDate: internships.startDate,
      endDate: internships.endDate,
      status: internships.status,
      statusDate: internships.statusDate,
    })
    .from(internships)
    .innerJoin(persons, eq(persons.id, internships.personId))
    .where(and(inArray(internships.unitId, unitIds), lte(internships.startDate, last), gte(internships.endDate, first)))
    .orderBy(internships.unitId, persons.name, internships.startDate);
  const personIds = [...new Set(interns.map((i) => i.personId))];
  const attendanceRows = personIds.length
    ? await db
        .select({ personId: reportRows.personId, month: reportRows.month, unitId: filings.unitId })
        .from(reportRows)
        .innerJoin(filings, eq(filings.id, reportRows.filingId))
        .where(and(eq(filings.kind, 'attendance'), eq(filings.state, 'approved'), inArray(filings.unitId, unitIds), inArray(reportRows.month, window)))
    : [];
  const claimedRows = personIds.length
    ? await db
        .select({ personId: subsidyClaimMonths.personId, month: subsidyClaimMonths.month })
        .from(subsidyClaimMonths)
        .where(
          and(
            // A subquery, not 10,000 bound ids: the planner joins it.
            inArray(subsidyClaimMonths.personId, db.select({ id: internships.personId }).from(internships).where(inArray(internships.unitId, unitIds))),
            opts.exceptFiling ? ne(subsidyClaimMonths.filingId, opts.exceptFiling) : sql`true`,
          ),
        )
    : [];
  const statuses = await db.select({ unitId: internships.unitId, status: internships.status }).from(internships).where(inArray(internships.unitId, unitIds));
  const standards = await loadStandards(db);
  // Retention bonuses already in a waiting or approved claim (only where a standard pays one).
  const bonusRows =
    personIds.length && standards.some((s) => (s.retentionBonusFen ?? 0) > 0)
      ? await db
          .select({ internshipId: subsidyClaimPersons.internshipId })
          .from(subsidyClaimPersons)
          .innerJoin(subsidyClaims, eq(subsidyClaims.filingId, subsidyClaimPersons.filingId))
          .innerJoin(internships, eq(internships.id, subsidyClaimPersons.internshipId))
          .where(
            and(
              inArray(internships.unitId, unitIds),
              gt(subsidyClaimPersons.retentionBonusFen, 0),
              notInArray(subsidyClaims.stage, ['county_rejected', 'city_rejected', 'withdrawn']),
              opts.exceptFiling ? ne(subsidyClaims.filingId, opts.exceptFiling) : sql`true`,
            ),
          )
      : [];
  const bonusClaimed = new Set(bonusRows.map((r) => r.internshipId));
  const latest = [...standards].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? 1 : -1))[0];
  const claimed = new Map<string, Set<string>>();
  for (const r of claimedRows) (claimed.get(r.personId) ?? claimed.set(r.personId, new Set()).get(r.personId)!).add(r.month);
  const currentMonth = monthInShanghai(opts.now);
  const wages = new Map<string, Map<string, number>>();
  await Promise.all([...new Set(units.map((u) => u.regionCode))].map(async (code) => wages.set(code, await minWageByMonth(db, code, window))));
  const group = <T extends { unitId: string }>(rows: T[]) => {
    const m = new Map<string, T[]>();
    for (const r of rows) (m.get(r.unitId) ?? m.set(r.unitId, []).get(r.unitId)!).push(r);
    return m;
  };
  const internsBy = group(interns);
  const attendanceBy = group(attendanceRows);
  const statusBy = group(statuses);
  return units.map((u) => {
    const own = (internsBy.get(u.unitId) ?? []) as (InternshipFacts & { unitId: string })[];
    const attendance = new Set((attendanceBy.get(u.unitId) ?? []).map((a) => `${a.personId}|${a.month}`));
    const w = wages.get(u.regionCode)!;
    const reckoned = reckon({
      interns: own,
      window,
      currentMonth,
      attendance,
      claimedElsewhere: claimed,
      standards,
      minWageFen: (m) => w.get(m) ?? null,
      unitRetentionBp: retentionBp((statusBy.get(u.unitId) ?? []).map((s) => s.status)),
      bonusClaimed,
    });
    return {
      unitId: u.unitId,
      regionCode: u.regionCode,
      window,
      persons: reckoned.map((r, k) => ({ ...r, startDate: own[k].startDate, endDate: own[k].endDate })),
      insuranceCapFen: latest?.insuranceCapFen ?? 0,
      retentionBonusFen: latest?.retentionBonusFen ?? null,
    };
  });
}
