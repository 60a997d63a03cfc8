import { z } from 'zod';
import { idCardError, mobileError, normalizeDigits, normalizeIdCard, normalizeUscc, usccError } from '@/lib/validation';
import { checked, plain } from '@/lib/validation/zod';
import { MIN_PASSWORD_LENGTH } from './password-rules';

/** Shared by the registration forms in the browser and by the server actions behind them. */
const passwordPair = {
  password: z.string({ message: '请填写密码' }).min(MIN_PASSWORD_LENGTH, `密码至少${MIN_PASSWORD_LENGTH}位`).max(128, '密码不能超过128位'),
  password2: z.string({ message: '请再次输入密码' }).min(1, '请再次输入密码'),
};

const samePasswords = (v: { password: string; password2: string }, ctx: z.RefinementCtx) => {
  if (v.password !== v.password2) ctx.addIssue({ code: 'custom', path: ['password2'], message: '两次输入的密码不一致' });
};

export const unitRegistrationSchema = z
  .object({
    name: plain('单位名称').min(2, '请填写单位名称').max(100, '单位名称不能超过100字'),
    uscc: plain('统一社会信用代码').min(1, '请填写统一社会信用代码').superRefine(checked(usccError)).transform(normalizeUscc),
    legalRep: plain('法定代表人姓名').min(2, '请填写法定代表人姓名').max(30, '法定代表人姓名过长'),
    contactName: plain('联系人姓名').min(2, '请填写联系人姓名').max(30, '联系人姓名过长'),
    phone: plain('手机号码').min(1, '请填写手机号码').superRefine(checked(mobileError)).transform(normalizeDigits),
    ...passwordPair,
  })
  .superRefine(samePasswords);

export const personRegistrationSchema = z
  .object({
    name: plain('姓名').min(2, '请填写姓名').max(30, '姓名过长'),
    idCard: plain('身份证号')
      .min(1, '请填写身份证号')
      .superRefine(checked((s) => idCardError(s)))
      .transform(normalizeIdCard),
    phone: plain('手机号码').min(1, '请填写手机号码').superRefine(checked(mobileError)).transform(normalizeDigits),
    ...passwordPair,
  })
  .superRefine(samePasswords);

export type UnitRegistrationInput = z.input<typeof unitRegistrationSchema>;
export type PersonRegistrationInput = z.input<typeof personRegistrationSchema>;
