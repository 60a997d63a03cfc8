import { todayInShanghai } from '@/lib/time';
import { toHalfWidth } from './uscc';

/**
 * 居民身份证号 (GB 11643-1999): 17 digits + check (weights 2^(17-i) mod 11, map 10X98765432),
 * a real birth date and a known province prefix. Lower-case x and spaces are accepted; the
 * canonical form is upper-case without spaces.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';
const PROVINCES = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
  '83',
]);

export function normalizeIdCard(input: string): string {
  // Nearly every cell of an import is already canonical.
  if (/^\d{17}[\dX]$/.test(input)) return input;
  return toHalfWidth(input).replace(/\s+/g, '').toUpperCase();
}

export function idCardCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK[sum % 11];
}

/** `YYYY-MM-DD` of birth, or null when the digits are not a real date. */
export function birthDateOf(id: string): string | null {
  if (!/^\d{8}$/.test(id.slice(6, 14))) return null;
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  // Plain arithmetic, no Date: the built server wraps the Date constructor (Next.js's prerender
  // checks), which made this a tenth of a 100,000-row import's reading time.
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const days = m === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
  if (y < 1900 || m < 1 || m > 12 || d < 1 || d > days) return null;
  return `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
}

/** 男 / 女 from the 17th digit (odd = 男). */
export function genderOf(id: string): '男' | '女' {
  return Number(id[16]) % 2 === 1 ? '男' : '女';
}

/** Returns null when valid, else a Chinese message. `today` bounds the birth date (default: now). */
export function idCardError(input: string, today: Date = new Date()): string | null {
  const id = normalizeIdCard(input);
  if (/^\d+(\.\d+)?E\+?\d+$/i.test(id)) return '身份证号已被 Excel 转成数字（科学计数法），后几位已丢失，无法还原；请将该列设为“文本”格式后重新填写';
  if (id.length !== 18) return `身份证号应为18位，当前为${id.length}位`;
  if (!/^\d{17}[\dX]$/.test(id)) return '身份证号前17位应为数字，最后一位为数字或X';
  if (!PROVINCES.has(id.slice(0, 2))) return '身份证号前两位不是有效的省份代码';
  const birth = birthDateOf(id);
  if (!birth) return '身份证号中的出生日期不是有效日期';
  if (birth > todayInShanghai(today)) return '身份证号中的出生日期晚于今天';
  if (idCardCheckChar(id) !== id[17]) return '身份证号校验位不正确，请核对后重新输入';
  return null;
}

export function isValidIdCard(input: string, today?: Date): boolean {
  return idCardError(input, today) === null;
}

/** 1401**********123X: the first four and last four shown. */
export function maskIdCard(id: string): string {
  return id.length < 8 ? '*'.repeat(id.length) : `${id.slice(0, 4)}${'*'.repeat(id.length - 8)}${id.slice(-4)}`;
}
