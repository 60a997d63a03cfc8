import { and, asc, desc, eq, gte, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { auditLog, filings, regions, subsidyClaimLines, subsidyClaimPersons, subsidyClaims, subsidyPublicities, units } from '@/lib/db/schema';
import { UserFacingError } from '@/lib/errors';
import { addDays } from '@/lib/posts/dates';
import { todayInShanghai } from '@/lib/time';
import { maskName } from './compute';

/** 公示 lasts 5 working days unless the city sets otherwise (SPEC §8). */
export const DEFAULT_PUBLICITY_DAYS = 5;
export const MAX_PUBLICITY_DAYS = 20;

/**
 * The last day of a 公示 of `days` working days from `start` (start counts when it is a working
 * day). Working days are Monday to Friday: the statutory holiday calendar is not in the data, so
 * the city sets more days around holidays.
 */
export function publicityEnd(start: string, days: number): string {
  let d = start;
  let left = days;
  for (;;) {
    const wd = new Date(`${d}T00:00:00Z`).getUTCDay();
    if (wd !== 0 && wd !== 6 && --left === 0) return d;
    d = addDays(d, 1);
  }
}

/** Claims of a city approved by it and not yet in a 公示. */
export async function claimsToPublish(db: Db, city: string) {
  return db
    .select({
      filingId: subsidyClaims.filingId,
      unitName: units.name,
      fromMonth: subsidyClaims.fromMonth,
      toMonth: subsidyClaims.toMonth,
      personMonths: subsidyClaims.personMonths,
      totalFen: subsidyClaims.totalFen,
      cityDecidedAt: subsidyClaims.cityDecidedAt,
    })
    .from(subsidyClaims)
    .innerJoin(filings, eq(filings.id, subsidyClaims.filingId))
    .innerJoin(units, eq(units.id, filings.unitId))
    .where(and(eq(subsidyClaims.stage, 'city_approved'), isNull(subsidyClaims.publicityId), sql`${filings.regionCode} like ${`${city}%`}`))
    .orderBy(asc(subsidyClaims.cityDecidedAt));
}

/**
 * 发布公示: the chosen 市审核通过 claims of the city become 已公示 under one dated 公示. The start
 * may be a past date (a 公示 already posted elsewhere) but never before a claim's city approval.
 */
export async function publish(
  db: Db,
  staff: { id: string; region: string },
  input: { title: string; startDate: string; workingDays: number; claimIds: string[] },
  ip: string,
): Promise<{ id: string }> {
  if (staff.region.length !== 4) throw new UserFacingError('只有市级人社部门可以发布补贴公示。');
  if (!input.claimIds.length) throw new UserFacingError('请至少选择一条市审核通过的申领。');
  return db.transaction(async (tx) => {
    const [p] = await tx
      .insert(subsidyPublicities)
      .values({
        cityCode: staff.region,
        title: input.title,
        startDate: input.startDate,
        workingDays: input.workingDays,
        endDate: publicityEnd(input.startDate, input.workingDays),
        createdBy: staff.id,
      })
      .returning({ id: subsidyPublicities.id });
    const moved = await tx
      .update(subsidyClaims)
      .set({ stage: 'published', publicityId: p.id })
      .where(
        and(
          inArray(subsidyClaims.filingId, input.claimIds),
          eq(subsidyClaims.stage, 'city_approved'),
          isNull(subsidyClaims.publicityId),
          sql`exists (select 1 from ${filings} where ${filings.id} = ${subsidyClaims.filingId} and ${filings.regionCode} like ${`${staff.region}%`})`,
        ),
      )
      .returning({ id: subsidyClaims.filingId, approvedAt: subsidyClaims.cityDecidedAt });
    if (moved.length !== new Set(input.claimIds).size) throw new UserFacingError('所选申领中有已公示、不在本市或未经市审核通过的，请刷新后重新选择。');
    const latest = moved
      .map((m) => (m.approvedAt ? todayInShanghai(m.approvedAt) : ''))
      .sort()
      .pop()!;
    if (input.startDate < latest) throw new UserFacingError(`公示开始日期不能早于申领的市审核通过日期（${latest}）。`);
    await tx.insert(auditLog).values({
      actorKind: 'staff',
      actorId: staff.id,
      action: 'subsidy_publish',
      entity: 'subsidy_publicities',
      entityId: p.id,
      detail: { claims: input.claimIds.length, startDate: input.startDate, workingDays: input.workingDays },
      ip,
    });
    return p;
  });
}

export type PublicityHead = { id: string; cityCode: string; cityName: string; title: string; startDate: string; endDate: string; workingDays: number };

const head = {
  id: subsidyPublicities.id,
  cityCode: subsidyPublicities.cityCode,
  cityName: regions.name,
  title: subsidyPublicities.title,
  startDate: subsidyPublicities.startDate,
  endDate: subsidyPublicities.endDate,
  workingDays: subsidyPublicities.workingDays,
};

/** 公示 in progress today (the public list): ended ones leave it but keep their own page. */
export async function currentPublicities(db: Db, today = todayInShanghai()): Promise<PublicityHead[]> {
  return db
    .select(head)
    .from(subsidyPublicities)
    .innerJoin(regions, eq(regions.code, subsidyPublicities.cityCode))
    .where(and(lte(subsidyPublicities.startDate, today), gte(subsidyPublicities.endDate, today)))
    .orderBy(desc(subsidyPublicities.startDate));
}

/** A city's 公示, for its staff. */
export async function cityPublicities(db: Db, city: string): Promise<PublicityHead[]> {
  return db
    .select(head)
    .from(subsidyPublicities)
    .innerJoin(regions, eq(regions.code, subsidyPublicities.cityCode))
    .where(eq(subsidyPublicities.cityCode, city))
    .orderBy(desc(subsidyPublicities.startDate));
}

export type PublicityRow = { unitName: string; name: string; months: string; personMonths: number; amountFen: number };

/**
 * One 公示 as the public sees it (only once it has started): per intern the unit, the masked name,
 * 人次 (person-months) and the amount (living subsidy plus insurance and any retention bonus), with totals.
 */
export async function publicityView(db: Db, id: string, today = todayInShanghai()) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const [p] = await db
    .select(head)
    .from(subsidyPublicities)
    .innerJoin(regions, eq(regions.code, subsidyPublicities.cityCode))
    .where(and(eq(subsidyPublicities.id, id), lte(subsidyPublicities.startDate, today)));
  if (!p) return null;
  const people = await db
    .select({
      filingId: subsidyClaimPersons.filingId,
      personId: subsidyClaimPersons.personId,
      unitName: units.name,
      name: subsidyClaimPersons.name,
      insuranceFen: subsidyClaimPersons.insuranceFen,
      retentionBonusFen: subsidyClaimPersons.retentionBonusFen,
    })
    .from(subsidyClaimPersons)
    .innerJoin(subsidyClaims, eq(subsidyClaims.filingId, subsidyClaimPersons.filingId))
    .innerJoin(filings, eq(filings.id, subsidyClaims.filingId))
    .innerJoin(units, eq(units.id, filings.unitId))
    .where(eq(subsidyClaims.publicityId, id))
    .orderBy(asc(units.name), asc(subsidyClaimPersons.name));
  const lines = await db
    .select({
      filingId: subsidyClaimLines.filingId,
      personId: subsidyClaimLines.personId,
      month: subsidyClaimLines.month,
      amountFen: subsidyClaimLines.amountFen,
    })
    .from(subsidyClaimLines)
    .innerJoin(subsidyClaims, eq(subsidyClaims.filingId, subsidyClaimLines.filingId))
    .where(eq(subsidyClaims.publicityId, id))
    .orderBy(asc(subsidyClaimLines.month));
  const rows: PublicityRow[] = people.map((x) => {
    const own = lines.filter((l) => l.filingId === x.filingId && l.personId === x.personId);
    return {
      unitName: x.unitName,
      name: maskName(x.name),
      months: own.map((l) => l.month).join('、'),
      personMonths: own.length,
      amountFen: own.reduce((s, l) => s + l.amountFen, 0) + x.insuranceFen + x.retentionBonusFen,
    };
  });
  const totals = {
    persons: rows.length,
    personMonths: rows.reduce((s, r) => s + r.personMonths, 0),
    amountFen: rows.reduce((s, r) => s + r.amountFen, 0),
    units: new Set(rows.map((r) => r.unitName)).size,
  };
  return { ...p, ended: p.endDate < today, rows, totals };
}
