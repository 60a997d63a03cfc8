import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { filings, internships, subsidyClaimLines, subsidyClaims, units } from '@/lib/db/schema';
import type { SubsidyStage } from '@/lib/db/schema/subsidy';
import { addMonths, inInternship, internshipLastDay } from './compute';
import { SUBSIDY_STAGE_LABEL } from './labels';

const SHOWN: SubsidyStage[] = ['submitted', 'county_approved', 'city_approved', 'published', 'paid'];

export type PersonInternship = { unitName: string; startDate: string; endDate: string; months: { month: string; subsidy: string | null }[] };

/**
 * 个人中心 of a person: their own internships, month by month, and for each month whether a claim
 * covers it and how far it has gone (no amounts, and nothing of anyone else).
 */
export async function personInternships(db: Db, personId: string): Promise<PersonInternship[]> {
  const rows = await db
    .select({
      id: internships.id,
      unitName: units.name,
      startDate: internships.startDate,
      endDate: internships.endDate,
      status: internships.status,
      statusDate: internships.statusDate,
    })
    .from(internships)
    .innerJoin(units, eq(units.id, internships.unitId))
    .where(eq(internships.personId, personId))
    .orderBy(asc(internships.startDate));
  const lines = await db
    .select({ month: subsidyClaimLines.month, stage: subsidyClaims.stage })
    .from(subsidyClaimLines)
    .innerJoin(subsidyClaims, eq(subsidyClaims.filingId, subsidyClaimLines.filingId))
    .innerJoin(filings, eq(filings.id, subsidyClaims.filingId))
    .where(and(eq(subsidyClaimLines.personId, personId), inArray(subsidyClaims.stage, SHOWN)));
  return rows.map((i) => {
    const months: PersonInternship['months'] = [];
    const last = internshipLastDay(i).slice(0, 7);
    for (let m = i.startDate.slice(0, 7); m <= last; m = addMonths(m, 1)) {
      if (!inInternship(i, m)) continue;
      const l = lines.find((x) => x.month === m);
      months.push({ month: m, subsidy: l ? SUBSIDY_STAGE_LABEL[l.stage] : null });
    }
    return { unitName: i.unitName, startDate: i.startDate, endDate: internshipLastDay(i), months };
  });
}
