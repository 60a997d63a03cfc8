import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { filings, subsidyBatches, subsidyClaimLines, subsidyClaimPersons, subsidyClaims, subsidyCommittedStages } from '@/lib/db/schema';

/** The stages whose money the bureau has committed to (市审核通过 onwards); 统计分析 counts the same. */
const COMMITTED = subsidyCommittedStages;

export type Ledger = {
  byMonth: { month: string; personMonths: number; amountFen: number }[];
  byBatch: { batchNo: string | null; paid: boolean; claims: number; personMonths: number; amountFen: number; insuranceFen: number; bonusFen: number }[];
  /** amountFen: the person-month lines; insuranceFen and bonusFen (留用一次性补贴): per intern, once. */
  total: { claims: number; personMonths: number; amountFen: number; insuranceFen: number; bonusFen: number };
};

/**
 * 发放台账 of a region (a city, or a county inside it): person-months and amounts by month and by
 * batch, and the totals. Every figure is a sum over the person-month lines (plus the insurance per
 * intern), in SQL with bigint sums, so the parts add up to the total to the 分.
 */
export async function ledger(db: Db, region: string): Promise<Ledger> {
  const scope = and(inArray(subsidyClaims.stage, [...COMMITTED]), sql`${filings.regionCode} like ${`${region.replace(/[%_\\]/g, '')}%`}`);
  const [byMonth, byBatchLines, byBatchIns, [total], [ins]] = await Promise.all([
    db
      .select({ month: subsidyClaimLines.month, personMonths: sql<number>`count(*)::int`, amountFen: sql<string>`sum(${subsidyClaimLines.amountFen})::bigint` })
      .from(subsidyClaimLines)
      .innerJoin(subsidyClaims, eq(subsidyClaims.filingId, subsidyClaimLines.filingId))
      .innerJoin(filings, eq(filings.id, subsidyClaims.filingId))
      .where(scope)
      .groupBy(subsidyClaimLines.month)
      .orderBy(subsidyClaimLines.month),
    db
      .select({
        batchNo: subsidyBatches.batchNo,
        paid: sql<boolean>`${subsidyBatches.paidAt} is not null`,
        claims: sql<number>`count(distinct ${subsidyClaims.filingId})::int`,
        personMonths: sql<number>`count(${subsidyClaimLines.id})::int`,
        amountFen: sql<string>`coalesce(sum(${subsidyClaimLines.amountFen}), 0)::bigint`,
      })
      .from(subsidyClaims)
      .innerJoin(filings, eq(filings.id, subsidyClaims.filingId))
      .leftJoin(subsidyBatches, eq(subsidyBatches.id, subsidyClaims.batchId))
      .leftJoin(subsidyClaimLines, eq(subsidyClaimLines.filingId, subsidyClaims.filingId))
      .where(scope)
      .groupBy(subsidyBatches.batchNo, subsidyBatches.paidAt)
      .orderBy(subsidyBatches.batchNo),
    db
      .select({
        batchNo: subsidyBatches.batchNo,
        insuranceFen: sql<string>`coalesce(sum(${subsidyClaimPersons.insuranceFen}), 0)::bigint`,
        bonusFen: sql<string>`coalesce(sum(${subsidyClaimPersons.retentionBonusFen}), 0)::bigint`,
      })
      .from(subsidyClaimPersons)
      .innerJoin(subsidyClaims, eq(subsidyClaims.filingId, subsidyClaimPersons.filingId))
      .innerJoin(filings, eq(filings.id, subsidyClaims.filingId))
      .leftJoin(subsidyBatches, eq(subsidyBatches.id, subsidyClaims.batchId))
      .where(scope)
      .groupBy(subsidyBatches.batchNo),
    db
      .select({
        claims: sql<number>`count(distinct ${subsidyClaims.filingId})::int`,
        personMonths: sql<number>`count(${subsidyClaimLines.id})::int`,
        amountFen: sql<string>`coalesce(sum(${subsidyClaimLines.amountFen}), 0)::bigint`,
      })
      .from(subsidyClaims)
      .innerJoin(filings, eq(filings.id, subsidyClaims.filingId))
      .leftJoin(subsidyClaimLines, eq(subsidyClaimLines.filingId, subsidyClaims.filingId))
      .where(scope),
    db
      .select({
        insuranceFen: sql<string>`coalesce(sum(${subsidyClaimPersons.insuranceFen}), 0)::bigint`,
        bonusFen: sql<string>`coalesce(sum(${subsidyClaimPersons.retentionBonusFen}), 0)::bigint`,
      })
      .from(subsidyClaimPersons)
      .innerJoin(subsidyClaims, eq(subsidyClaims.filingId, subsidyClaimPersons.filingId))
      .innerJoin(filings, eq(filings.id, subsidyClaims.filingId))
      .where(scope),
  ]);
  return {
    byMonth: byMonth.map((r) => ({ month: r.month, personMonths: Number(r.personMonths), amountFen: Number(r.amountFen) })),
    byBatch: byBatchLines.map((r) => ({
      batchNo: r.batchNo,
      paid: !!r.paid,
      claims: Number(r.claims),
      personMonths: Number(r.personMonths),
      amountFen: Number(r.amountFen),
      insuranceFen: Number(byBatchIns.find((x) => x.batchNo === r.batchNo)?.insuranceFen ?? 0),
      bonusFen: Number(byBatchIns.find((x) => x.batchNo === r.batchNo)?.bonusFen ?? 0),
    })),
    total: {
      claims: Number(total.claims),
      personMonths: Number(total.personMonths),
      amountFen: Number(total.amountFen),
      insuranceFen: Number(ins.insuranceFen),
      bonusFen: Number(ins.bonusFen),
    },
  };
}
