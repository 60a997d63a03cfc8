import { z } from 'zod';
import { bankAccountError, bankCodeError, normalizeDigits, phoneError } from '@/lib/validation';
import { checked, count, plain, text } from '@/lib/validation/zod';

/** 单位类型 choices. */
export const UNIT_TYPES = ['企业', '机关', '事业单位', '社会团体', '民办非企业单位', '基金会', '个体工商户', '其他'] as const;

/** GB/T 4754-2017 国民经济行业分类, 门类. */
export const INDUSTRIES: [string, string][] = [
  ['A', '农、林、牧、渔业'],
  ['B', '采矿业'],
  ['C', '制造业'],
  ['D', '电力、热力、燃气及水生产和供应业'],
  ['E', '建筑业'],
  ['F', '批发和零售业'],
  ['G', '交通运输、仓储和邮政业'],
  ['H', '住宿和餐饮业'],
  ['I', '信息传输、软件和信息技术服务业'],
  ['J', '金融业'],
  ['K', '房地产业'],
  ['L', '租赁和商务服务业'],
  ['M', '科学研究和技术服务业'],
  ['N', '水利、环境和公共设施管理业'],
  ['O', '居民服务、修理和其他服务业'],
  ['P', '教育'],
  ['Q', '卫生和社会工作'],
  ['R', '文化、体育和娱乐业'],
  ['S', '公共管理、社会保障和社会组织'],
  ['T', '国际组织'],
];

/** The three attachment slots (SPEC §4; 开户许可证 was abolished in 2019). */
export const QUALIFICATION_SLOTS = [
  { id: 'license', label: '营业执照（或法人登记证书）' },
  { id: 'application', label: '就业见习单位申请表（加盖公章）' },
  { id: 'bank', label: '基本存款账户信息（或开户许可证）' },
] as const;
export type QualificationSlot = (typeof QUALIFICATION_SLOTS)[number]['id'];

/**
 * 见习单位详细信息 and 银行账户信息, checked in the browser and again on the server. The 账户名称
 * must equal the 单位名称 from the login, so the schema is made per unit.
 */
export function qualificationSchema(unitName: string) {
  return z.object({
    regionCode: z.string({ message: '请选择业务办理归属地（市及市本级或县区）' }).regex(/^14\d{4}$/, '请选择业务办理归属地（市及市本级或县区）'),
    unitType: z.enum(UNIT_TYPES, { message: '请选择单位类型' }),
    industry: z.string({ message: '请选择所属行业' }).refine((v) => INDUSTRIES.some(([c]) => c === v), '请选择所属行业'),
    regAddress: text('注册地址', 200, { min: 5 }),
    bizAddress: text('经营地址', 200, { min: 5 }),
    legalRep: text('法定代表人', 30, { min: 2 }),
    contactName: text('联系人', 30, { min: 2 }),
    contactPhone: plain('联系电话').min(1, '请填写联系电话').superRefine(checked(phoneError)).transform(normalizeDigits),
    staffCount: count('职工人数', 1, 1_000_000, { notDigits: '职工人数应为整数', tooSmall: '职工人数应大于0', tooBig: '职工人数过大' }),
    intro: text('单位简介', 2000, { min: 10 }),
    bankName: text('开户银行', 100, { min: 4 }),
    bankCode: plain('开户行行号').min(1, '请填写开户行行号').superRefine(checked(bankCodeError)).transform(normalizeDigits),
    accountName: plain('账户名称')
      .min(1, '请填写账户名称')
      .refine((v) => v === unitName, `账户名称应与单位名称“${unitName}”一致`),
    bankAccount: plain('银行账号').min(1, '请填写银行账号').superRefine(checked(bankAccountError)).transform(normalizeDigits),
    files: z.object(
      Object.fromEntries(QUALIFICATION_SLOTS.map((s) => [s.id, z.string({ message: `请上传${s.label}` }).uuid(`请上传${s.label}`)])) as Record<
        QualificationSlot,
        z.ZodString
      >,
      { message: '请上传全部三个附件' },
    ),
    submissionKey: z.string({ message: '页面已过期，请刷新后重新提交' }).uuid('页面已过期，请刷新后重新提交'),
  });
}

export type QualificationInput = z.input<ReturnType<typeof qualificationSchema>>;
export type QualificationData = z.output<ReturnType<typeof qualificationSchema>>;
