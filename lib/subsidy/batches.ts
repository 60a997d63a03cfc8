import { and, asc, desc, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { auditLog, filings, subsidyBatches, subsidyClaims, subsidyPublicities, unitQualifications, units } from '@/lib/db/schema';
import { decryptPii } from '@/lib/crypto/pii';
import { UserFacingError, isUniqueViolation } from '@/lib/errors';
import { todayInShanghai } from '@/lib/time';
import { fenToYuan, workbook } from './xlsx';

const cityOnly = (region: string) => {
  if (region.length !== 4) throw new UserFacingError('只有市级人社部门可以办理补贴拨付。');
};

/** Claims of the city whose 公示 has ended and that are in no batch yet. */
export async function claimsToBatch(db: Db, city: string, today = todayInShanghai()) {
  return db
    .select({
      filingId: subsidyClaims.filingId,
      unitName: units.name,
      fromMonth: subsidyClaims.fromMonth,
      toMonth: subsidyClaims.toMonth,
      personMonths: subsidyClaims.personMonths,
      totalFen: subsidyClaims.totalFen,
      publicityTitle: subsidyPublicities.title,
    })
    .from(subsidyClaims)
    .innerJoin(subsidyPublicities, eq(subsidyPublicities.id, subsidyClaims.publicityId))
    .innerJoin(filings, eq(filings.id, subsidyClaims.filingId))
    .innerJoin(units, eq(units.id, filings.unitId))
    .where(
      and(eq(subsidyClaims.stage, 'published'), isNull(subsidyClaims.batchId), eq(subsidyPublicities.cityCode, city), lt(subsidyPublicities.endDate, today)),
    )
    .orderBy(asc(units.name));
}

/**
 * 拨付批次: claims of the city whose 公示 has ended, each in one batch only. One UPDATE takes
 * only free, published claims; if any chosen claim is not (already batched, paid, or still in 公示)
 * nothing is written.
 */
export async function createBatch(
  db: Db,
  staff: { id: string; region: string },
  input: { batchNo: string; payDate: string; claimIds: string[] },
  ip: string,
  today = todayInShanghai(),
): Promise<{ id: string }> {
  cityOnly(staff.region);
  if (!input.claimIds.length) throw new UserFacingError('请至少选择一条公示期满的申领。');
  try {
    return await db.transaction(async (tx) => {
      const [b] = await tx
        .insert(subsidyBatches)
        .values({ cityCode: staff.region, batchNo: input.batchNo, payDate: input.payDate, createdBy: staff.id })
        .returning({ id: subsidyBatches.id });
      const taken = await tx
        .update(subsidyClaims)
        .set({ batchId: b.id })
        .where(
          and(
            inArray(subsidyClaims.filingId, input.claimIds),
            eq(subsidyClaims.stage, 'published'),
            isNull(subsidyClaims.batchId),
            sql`exists (select 1 from ${subsidyPublicities} where ${subsidyPublicities.id} = ${subsidyClaims.publicityId} and ${subsidyPublicities.cityCode} = ${staff.region} and ${subsidyPublicities.endDate} < ${today})`,
          ),
        )
        .returning({ id: subsidyClaims.filingId });
      if (taken.length !== new Set(input.claimIds).size) throw new UserFacingError('所选申领中有已列入其他批次、已拨付或公示未结束的，不能列入本批次。');
      await tx.insert(auditLog).values({
        actorKind: 'staff',
        actorId: staff.id,
        action: 'subsidy_batch_create',
        entity: 'subsidy_batches',
        entityId: b.id,
        detail: { batchNo: input.batchNo, claims: taken.length },
        ip,
      });
      return b;
    });
  } catch (e) {
    if (isUniqueViolation(e, 'subsidy_batches_no_uq')) throw new UserFacingError(`批次号“${input.batchNo}”已存在。`, 'batchNo');
    throw e;
  }
}

/** 标记已拨付: the batch and every claim in it are closed (已拨付). */
export async function markPaid(db: Db, staff: { id: string; region: string }, batchId: string, ip: string): Promise<void> {
  cityOnly(staff.region);
  await db.transaction(async (tx) => {
    const [b] = await tx
      .update(subsidyBatches)
      .set({ paidAt: sql`now()` })
      .where(and(eq(subsidyBatches.id, batchId), eq(subsidyBatches.cityCode, staff.region), isNull(subsidyBatches.paidAt)))
      .returning({ id: subsidyBatches.id });
    if (!b) throw new UserFacingError('该批次不存在、不属于本市或已标记拨付。');
    await tx.update(subsidyClaims).set({ stage: 'paid' }).where(eq(subsidyClaims.batchId, batchId));
    await tx.insert(auditLog).values({ actorKind: 'staff', actorId: staff.id, action: 'subsidy_batch_paid', entity: 'subsidy_batches', entityId: batchId, ip });
  });
}

export async function cityBatches(db: Db, city: string) {
  return db
    .select({
      id: subsidyBatches.id,
      batchNo: subsidyBatches.batchNo,
      payDate: subsidyBatches.payDate,
      paidAt: subsidyBatches.paidAt,
      claims: sql<number>`count(${subsidyClaims.filingId})::int`,
      totalFen: sql<number>`coalesce(sum(${subsidyClaims.totalFen}), 0)::bigint`,
    })
    .from(subsidyBatches)
    .leftJoin(subsidyClaims, eq(subsidyClaims.batchId, subsidyBatches.id))
    .where(eq(subsidyBatches.cityCode, city))
    .groupBy(subsidyBatches.id)
    .orderBy(desc(subsidyBatches.createdAt));
}

/**
 * The bank 代发 file of a batch (单位名称, 开户银行, 开户行行号, 银行账号, 金额): city staff of the
 * batch's city only, and every download is audited. The account comes from the unit's approved
 * 就业见习单位申请 (its 基本存款账户).
 */
export async function bankFile(
  db: Db,
  staff: { id: string; region: string },
  batchId: string,
  ip: string,
): Promise<{ bytes: Uint8Array; batchNo: string } | null> {
  if (staff.region.length !== 4 || !/^[0-9a-f-]{36}$/i.test(batchId)) return null;
  const [b] = await db
    .select({ id: subsidyBatches.id, batchNo: subsidyBatches.batchNo })
    .from(subsidyBatches)
    .where(and(eq(subsidyBatches.id, batchId), eq(subsidyBatches.cityCode, staff.region)));
  if (!b) return null;
  const rows = await db
    .select({ unitId: filings.unitId, unitName: units.name, totalFen: sql<number>`sum(${subsidyClaims.totalFen})::bigint` })
    .from(subsidyClaims)
    .innerJoin(filings, eq(filings.id, subsidyClaims.filingId))
    .innerJoin(units, eq(units.id, filings.unitId))
    .where(eq(subsidyClaims.batchId, batchId))
    .groupBy(filings.unitId, units.name)
    .orderBy(asc(units.name));
  const accounts = rows.length
    ? await db
        .selectDistinctOn([filings.unitId], {
          unitId: filings.unitId,
          bankName: unitQualifications.bankName,
          bankCode: unitQualifications.bankCode,
          accountEnc: unitQualifications.bankAccountEnc,
        })
        .from(unitQualifications)
        .innerJoin(filings, eq(filings.id, unitQualifications.filingId))
        .where(
          and(
            inArray(
              filings.unitId,
              rows.map((r) => r.unitId),
            ),
            eq(filings.state, 'approved'),
          ),
        )
        .orderBy(filings.unitId, desc(filings.decidedAt))
    : [];
  const bytes = await workbook([
    {
      name: '代发明细',
      title: `就业见习补贴拨付批次 ${b.batchNo} 银行代发明细`,
      columns: [
        { header: '单位名称', width: 34 },
        { header: '开户银行', width: 34 },
        { header: '开户行行号', width: 16 },
        { header: '银行账号', width: 26 },
        { header: '金额（元）', width: 14, money: true },
      ],
      rows: rows.map((r) => {
        const a = accounts.find((x) => x.unitId === r.unitId);
        return [r.unitName, a?.bankName ?? '', a?.bankCode ?? '', a ? decryptPii(a.accountEnc) : '', fenToYuan(Number(r.totalFen))];
      }),
      footer: [`合计：${fenToYuan(rows.reduce((s, r) => s + Number(r.totalFen), 0)).toFixed(2)} 元`],
    },
  ]);
  await db.insert(auditLog).values({
    actorKind: 'staff',
    actorId: staff.id,
    action: 'subsidy_bank_file_download',
    entity: 'subsidy_batches',
    entityId: batchId,
    detail: { units: rows.length },
    ip,
  });
  return { bytes, batchNo: b.batchNo };
}
