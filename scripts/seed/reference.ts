import { sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { minWageCounties, minWageNotices, minWageTiers, regions } from '@/lib/db/schema';
import { COUNTY_SOURCE_UNCONFIRMED, MIN_WAGE_NOTICES } from '@/lib/posts/min-wage-data';
import { shanxiDivisions } from '@/lib/regions/divisions';
import { seedSubsidyStandards } from './subsidy';

/** Shanxi's divisions (regions table). */
async function seedRegions(db: Db): Promise<number> {
  const divisions = shanxiDivisions();
  await db.transaction(async (tx) => {
    await tx
      .insert(regions)
      .values(divisions)
      .onConflictDoUpdate({
        target: regions.code,
        set: {
          name: sql`excluded.name`,
          level: sql`excluded.level`,
          parentCode: sql`excluded.parent_code`,
          sort: sql`excluded.sort`,
        },
      });
  });
  return divisions.length;
}

/** Minimum-wage notices, tiers and (unconfirmed) county rows; an administrator's edits are kept. */
export async function seedMinWage(db: Db): Promise<void> {
  const counties = shanxiDivisions().filter((d) => d.level === 'county');
  await db.transaction(async (tx) => {
    for (const n of MIN_WAGE_NOTICES) {
      const { tiers, withCounties, ...notice } = n;
      await tx
        .insert(minWageNotices)
        .values(notice)
        .onConflictDoUpdate({ target: minWageNotices.id, set: { ...notice, id: undefined } });
      for (const [tier, yuan, hourly] of tiers) {
        const v = { noticeId: n.id, tier, monthlyFen: yuan * 100, partTimeHourlyFen: Math.round(hourly * 100) };
        await tx
          .insert(minWageTiers)
          .values(v)
          .onConflictDoUpdate({
            target: [minWageTiers.noticeId, minWageTiers.tier],
            set: { monthlyFen: v.monthlyFen, partTimeHourlyFen: v.partTimeHourlyFen },
          });
      }
      if (withCounties)
        await tx
          .insert(minWageCounties)
          .values(counties.map((c) => ({ noticeId: n.id, regionCode: c.code, tier: null, confirmed: false, source: COUNTY_SOURCE_UNCONFIRMED })))
          .onConflictDoNothing();
    }
  });
}

/** Reference data, needed by every installation: regions, minimum wages, 就业见习补贴标准 (dictionaries live in code). Idempotent. */
export async function seedReference(db: Db): Promise<{ regions: number }> {
  const n = await seedRegions(db);
  await seedMinWage(db);
  await seedSubsidyStandards(db);
  return { regions: n };
}
