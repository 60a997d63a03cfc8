import { toHalfWidth } from './uscc';

export const MOBILE_RE = /^1[3-9]\d{9}$/;
/** 联系电话: a mobile number, or a landline such as 0351-7731427 (extension allowed). */
export const PHONE_RE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$/;
export const BANK_CODE_RE = /^\d{12}$/;
export const BANK_ACCOUNT_RE = /^\d{8,32}$/;

export function normalizeDigits(input: string): string {
  return toHalfWidth(input).replace(/[\s]/g, '');
}

export function mobileError(input: string): string | null {
  return MOBILE_RE.test(normalizeDigits(input)) ? null : '手机号码应为以1开头的11位数字';
}

export function phoneError(input: string): string | null {
  return PHONE_RE.test(normalizeDigits(input)) ? null : '联系电话应为11位手机号码或带区号的固定电话（如 0351-7731427）';
}

export function bankCodeError(input: string): string | null {
  return BANK_CODE_RE.test(normalizeDigits(input)) ? null : '开户行行号应为12位数字';
}

export function bankAccountError(input: string): string | null {
  return BANK_ACCOUNT_RE.test(normalizeDigits(input)) ? null : '银行账号应为8–32位数字';
}

/** 6222 **** **** 1234 style: only the last four digits shown. */
export function maskBankAccount(account: string): string {
  return account.length <= 4 ? account : `${'*'.repeat(account.length - 4)}${account.slice(-4)}`;
}
