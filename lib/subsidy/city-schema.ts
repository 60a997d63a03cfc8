import { z } from 'zod';
import { MAX_PUBLICITY_DAYS } from './publicity';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '请选择日期');
/** Checked claims arrive as `claims.<filingId>` = 'on'. */
const claimIds = z
  .record(z.string(), z.string())
  .default({})
  .transform((r) => Object.keys(r).filter((k) => /^[0-9a-f-]{36}$/i.test(k)));

export const publishSchema = z.object({
  title: z.string().trim().min(4, '请填写公示标题').max(100, '公示标题不能超过100字'),
  startDate: date,
  workingDays: z.coerce
    .number({ message: '请填写公示天数' })
    .int('公示天数应为整数')
    .min(1, '公示至少1个工作日')
    .max(MAX_PUBLICITY_DAYS, `公示最多${MAX_PUBLICITY_DAYS}个工作日`),
  claims: claimIds,
});

export const batchSchema = z.object({
  batchNo: z.string().trim().min(1, '请填写批次号').max(40, '批次号不能超过40字'),
  payDate: date,
  claims: claimIds,
});

export const paidSchema = z.object({ batchId: z.string().uuid('批次无效') });
