import { asc } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/lib/db/client';
import { auditLog, subsidyStandards } from '@/lib/db/schema';
import { UserFacingError, isUniqueViolation } from '@/lib/errors';

const pct = z.coerce.number({ message: '请填写百分比' }).min(0, '不能为负数').max(100, '不能超过100%');
const optionalPct = z
  .string()
  .trim()
  .default('')
  .refine((s) => s === '' || (/^\d{1,3}(\.\d{1,2})?$/.test(s) && Number(s) <= 100), '请填写0–100的百分比，或留空')
  .transform((s) => (s === '' ? null : Math.round(Number(s) * 100)));
const optionalYuan = z
  .string()
  .trim()
  .default('')
  .refine((s) => s === '' || /^\d{1,6}(\.\d{1,2})?$/.test(s), '请填写金额（元），或留空')
  .transform((s) => (s === '' ? null : Math.round(Number(s) * 100)));

/** A new dated 补贴标准 row of a province (留用 raise: threshold and raised rate both or neither). */
export const standardSchema = z
  .object({
    provinceCode: z.string().regex(/^\d{2}$/, '省份代码为两位数字'),
    effectiveFrom: z.string().regex(/^\d{4}-\d{2}-01$/, '生效日期须为某月1日'),
    rate: pct.transform((n) => Math.round(n * 100)),
    retentionThreshold: optionalPct,
    raisedRate: optionalPct,
    retentionBonus: optionalYuan,
    insuranceCap: z.coerce
      .number({ message: '请填写保险补贴上限' })
      .min(0)
      .max(10000)
      .transform((n) => Math.round(n * 100)),
    docNo: z.string().trim().min(2, '请填写依据文件').max(200),
  })
  .refine((v) => (v.retentionThreshold === null) === (v.raisedRate === null), {
    path: ['raisedRate'],
    message: '留用率门槛与提高后的比例须同时填写或同时留空',
  });

export async function listStandards(db: Db) {
  return db.select().from(subsidyStandards).orderBy(asc(subsidyStandards.provinceCode), asc(subsidyStandards.effectiveFrom));
}

/** 系统管理员 adds a dated standard (months from its date on are reckoned with it), audited. */
export async function addStandard(db: Db, admin: { id: string; admin: boolean }, v: z.output<typeof standardSchema>, ip: string): Promise<void> {
  if (!admin.admin) throw new UserFacingError('仅系统管理员可以维护补贴标准。');
  const id = `${v.provinceCode}-${v.effectiveFrom}`;
  try {
    await db.transaction(async (tx) => {
      await tx.insert(subsidyStandards).values({
        id,
        provinceCode: v.provinceCode,
        effectiveFrom: v.effectiveFrom,
        rateBp: v.rate,
        retentionThresholdBp: v.retentionThreshold,
        raisedRateBp: v.raisedRate,
        retentionBonusFen: v.retentionBonus,
        insuranceCapFen: v.insuranceCap,
        docNo: v.docNo,
        confirmed: false,
      });
      await tx
        .insert(auditLog)
        .values({ actorKind: 'staff', actorId: admin.id, action: 'subsidy_standard_add', entity: 'subsidy_standards', entityId: id, detail: v, ip });
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new UserFacingError('该省份在该日期已有补贴标准。', 'effectiveFrom');
    throw e;
  }
}
