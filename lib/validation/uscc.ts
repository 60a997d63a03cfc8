/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from 0-9A-HJ-NPQRTUWXY (no I, O, Z, S, V);
 * the last is a check character: 31 - (Σ value(cᵢ)·3ⁱ mod 31) mod 31, with weights 3^i mod 31.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function normalizeUscc(input: string): string {
  return toHalfWidth(input).replace(/\s+/g, '').toUpperCase();
}

export function usccCheckChar(first17: string): string | null {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = ALPHABET.indexOf(first17[i]);
    if (v < 0) return null;
    sum += v * WEIGHTS[i];
  }
  return ALPHABET[(31 - (sum % 31)) % 31];
}

/** Returns null when valid, else a Chinese message saying what is wrong. */
export function usccError(input: string): string | null {
  const code = normalizeUscc(input);
  if (code.length !== 18) return `统一社会信用代码应为18位，当前为${code.length}位`;
  if (![...code].every((c) => ALPHABET.includes(c))) return '统一社会信用代码只能包含数字和大写字母（不含 I、O、Z、S、V）';
  if (usccCheckChar(code.slice(0, 17)) !== code[17]) return '统一社会信用代码校验位不正确，请核对后重新输入';
  return null;
}

export function isValidUscc(input: string): boolean {
  return usccError(input) === null;
}

/** Full-width digits and letters (０-９, Ａ-Ｚ) to ASCII: Chinese input methods often produce them. */
export function toHalfWidth(s: string): string {
  if (!/[\uFF01-\uFF5E\u3000]/.test(s)) return s;
  return s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}
