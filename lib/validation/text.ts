/**
 * Characters no form field or query parameter needs. C0 controls (but tab, line feed and carriage
 * return), DEL and C1 are refused: U+0000 cannot be stored in PostgreSQL text at all.
 */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const CONTROLS = new RegExp(CONTROL.source, 'g');

/**
 * Zero-width and bidi formatting characters are invisible, so they are stripped: a title of only
 * zero-width spaces is then empty, and U+202E cannot make `invoice‮fdp.exe` read as a PDF.
 */
const INVISIBLE = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

export const hasControlChars = (s: string): boolean => CONTROL.test(s);

export const stripControlChars = (s: string): string => s.replace(CONTROLS, '');

export const stripInvisible = (s: string): string => s.replace(INVISIBLE, '');

export const controlCharsMessage = (label: string) => `${label}含有不可见的控制字符，请删除后重新填写`;

/** A query parameter as plain text: controls and invisible characters dropped, trimmed, cut to `max`. */
export function queryText(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  return stripInvisible(stripControlChars(value)).trim().slice(0, max) || undefined;
}

/** Digits only (after trimming): what a count field accepts, so `1e2`, `0x10` and `+5` are not numbers. */
export const isDigits = (s: string): boolean => /^\d+$/.test(s.trim());
