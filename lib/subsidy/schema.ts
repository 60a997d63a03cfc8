import { z } from 'zod';
import { MAX_WINDOW_MONTHS, isMonth } from './compute';

/** The three attachment slots of 就业见习补贴申领 (the 保单 only when insurance is claimed). */
export const SUBSIDY_SLOTS = [
  { id: 'subsidy_roster', label: '补贴名册（下载后加盖公章上传）' },
  { id: 'subsidy_payroll', label: '生活补助发放凭证（银行代发清单）' },
  { id: 'subsidy_policy', label: '人身意外伤害保险保单' },
] as const;

const month = z.string().trim().refine(isMonth, '请选择月份（格式 YYYY-MM）');
const date = z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')]).default('');

/** 元 with at most two decimals → 分; empty means not claimed. */
const premium = z
  .string()
  .trim()
  .default('')
  .refine((s) => s === '' || /^\d{1,6}(\.\d{1,2})?$/.test(s), '保险费请填写金额（元，最多两位小数）')
  .transform((s) => (s === '' ? null : Math.round(Number(s) * 100)));

export const windowSchema = z.object({
  from: month,
  count: z.coerce.number({ message: '请选择申领月数' }).int().min(1, '至少申领1个月').max(MAX_WINDOW_MONTHS, `一次申领最多${MAX_WINDOW_MONTHS}个连续月份`),
});

export const claimPersonSchema = z.object({
  personId: z.string().uuid('见习人员无效'),
  months: z.coerce.number({ message: '请填写申请补贴月数' }).int('申请补贴月数应为整数').min(0, '申请补贴月数不能为负数'),
  premium,
  policyStart: date,
  policyEnd: date,
});

export const claimSchema = windowSchema.extend({
  submissionKey: z.string().min(8).max(64),
  /** A rejected claim being corrected. */
  filingId: z.union([z.literal(''), z.string().uuid()]).default(''),
  persons: z.record(z.string(), claimPersonSchema).transform((r) => Object.values(r)),
  files: z.object({
    subsidy_roster: z.string({ message: '请上传补贴名册' }).uuid('请上传补贴名册'),
    subsidy_payroll: z.string({ message: '请上传生活补助发放凭证' }).uuid('请上传生活补助发放凭证'),
    subsidy_policy: z.string().uuid().optional(),
  }),
});

export type ClaimInput = z.output<typeof claimSchema>;
