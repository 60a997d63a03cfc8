import 'server-only';
import { and, asc, desc, eq, inArray, lte } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { auditLog, minWageCounties, minWageNotices, minWageTiers, regions } from '@/lib/db/schema';
import type { FloorTable } from './floor';

export type NoticeInForce = {
  id: string;
  title: string;
  docNo: string | null;
  effectiveFrom: string;
  confirmed: boolean;
  tiers: { tier: number; monthlyFen: number }[];
};

/** The notice in force on `on`: the latest whose 生效日期 is not after it. */
export async function noticeInForce(db: Db, on: string): Promise<NoticeInForce | null> {
  const [n] = await db
    .select({
      id: minWageNotices.id,
      title: minWageNotices.title,
      docNo: minWageNotices.docNo,
      effectiveFrom: minWageNotices.effectiveFrom,
      confirmed: minWageNotices.confirmed,
    })
    .from(minWageNotices)
    .where(lte(minWageNotices.effectiveFrom, on))
    .orderBy(desc(minWageNotices.effectiveFrom))
    .limit(1);
  if (!n) return null;
  const tiers = await db
    .select({ tier: minWageTiers.tier, monthlyFen: minWageTiers.monthlyFen })
    .from(minWageTiers)
    .where(eq(minWageTiers.noticeId, n.id))
    .orderBy(asc(minWageTiers.tier));
  return { ...n, tiers };
}

/**
 * Every county's floor on `on`. A county whose tier is not confirmed gets the highest tier (一类):
 * the allowance can then never fall below the true minimum, whatever the county's tier turns out to be.
 */
export async function floorTable(db: Db, on: string, countyCodes?: string[]): Promise<FloorTable> {
  const notice = await noticeInForce(db, on);
  if (!notice || notice.tiers.length === 0) return {};
  const top = notice.tiers[0];
  const counties = await db
    .select({ code: regions.code })
    .from(regions)
    .where(countyCodes ? and(eq(regions.level, 'county'), inArray(regions.code, countyCodes)) : eq(regions.level, 'county'));
  const rows = await db
    .select({ code: minWageCounties.regionCode, tier: minWageCounties.tier, confirmed: minWageCounties.confirmed })
    .from(minWageCounties)
    .where(eq(minWageCounties.noticeId, notice.id));
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const out: FloorTable = {};
  for (const { code } of counties) {
    const r = byCode.get(code);
    const t = r?.confirmed && r.tier ? notice.tiers.find((x) => x.tier === r.tier) : undefined;
    out[code] = t ? { fen: t.monthlyFen, tier: t.tier, confirmed: true } : { fen: top.monthlyFen, tier: top.tier, confirmed: false };
  }
  return out;
}

export type CountyTierRow = { code: string; name: string; tier: number | null; confirmed: boolean; source: string | null; updatedAt: Date | null };

/** The admin page: a city's counties and their tier under a notice. */
export async function countyTiers(db: Db, noticeId: string, cityCode: string): Promise<CountyTierRow[]> {
  const list = await db
    .select({ code: regions.code, name: regions.name })
    .from(regions)
    .where(and(eq(regions.level, 'county'), eq(regions.parentCode, cityCode)))
    .orderBy(asc(regions.sort));
  const rows = await db
    .select({
      code: minWageCounties.regionCode,
      tier: minWageCounties.tier,
      confirmed: minWageCounties.confirmed,
      source: minWageCounties.source,
      updatedAt: minWageCounties.updatedAt,
    })
    .from(minWageCounties)
    .where(and(eq(minWageCounties.noticeId, noticeId), inArray(minWageCounties.regionCode, list.map((c) => c.code).concat('-'))));
  return list.map((c) => {
    const r = rows.find((x) => x.code === c.code);
    return { ...c, tier: r?.tier ?? null, confirmed: r?.confirmed ?? false, source: r?.source ?? null, updatedAt: r?.updatedAt ?? null };
  });
}

export async function listNotices(db: Db) {
  return db
    .select({
      id: minWageNotices.id,
      title: minWageNotices.title,
      docNo: minWageNotices.docNo,
      effectiveFrom: minWageNotices.effectiveFrom,
      effectiveNote: minWageNotices.effectiveNote,
      sourceUrl: minWageNotices.sourceUrl,
      otherSources: minWageNotices.otherSources,
      confirmed: minWageNotices.confirmed,
      notes: minWageNotices.notes,
    })
    .from(minWageNotices)
    .orderBy(desc(minWageNotices.effectiveFrom));
}

/** An administrator sets a county's tier under a notice (and may mark it confirmed), with an audit row. */
export async function setCountyTier(
  db: Db,
  admin: { staffId: string; isAdmin: boolean; ip: string },
  input: { noticeId: string; regionCode: string; tier: number; confirmed: boolean; source: string },
): Promise<boolean> {
  if (!admin.isAdmin) return false;
  return db.transaction(async (tx) => {
    const [tierRow] = await tx
      .select({ tier: minWageTiers.tier })
      .from(minWageTiers)
      .where(and(eq(minWageTiers.noticeId, input.noticeId), eq(minWageTiers.tier, input.tier)));
    const [county] = await tx
      .select({ code: regions.code })
      .from(regions)
      .where(and(eq(regions.code, input.regionCode), eq(regions.level, 'county')));
    if (!tierRow || !county) return false;
    const values = { tier: input.tier, confirmed: input.confirmed, source: input.source || null, updatedBy: admin.staffId, updatedAt: new Date() };
    await tx
      .insert(minWageCounties)
      .values({ noticeId: input.noticeId, regionCode: input.regionCode, ...values })
      .onConflictDoUpdate({ target: [minWageCounties.noticeId, minWageCounties.regionCode], set: values });
    await tx.insert(auditLog).values({
      actorKind: 'staff',
      actorId: admin.staffId,
      action: 'min_wage_county_tier',
      entity: 'min_wage_counties',
      entityId: `${input.noticeId}/${input.regionCode}`,
      detail: { tier: input.tier, confirmed: input.confirmed, source: input.source },
      ip: admin.ip,
    });
    return true;
  });
}
