import { toHalfWidth } from '@/lib/validation';
import type { CellValue } from './types';

/** Free text (姓名, 专业, 备注): only invisible noise is removed, the words stay as typed. */
export function cleanText(s: string): string {
  if (!/[\u00a0\u200b-\u200d\ufeff]/.test(s)) return s.trim();
  return s
    .replace(/\u00a0/g, ' ')
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .trim();
}

/** Codes, numbers and dates: full-width digits and letters (０-９, Ａ-Ｚ) and 　 as ASCII, then trimmed. */
export function asciiText(s: string): string {
  // Most cells are plain ASCII already; one test is cheaper than the four replacements.
  if (/^[\x21-\x7e]*$/.test(s)) return s;
  return toHalfWidth(cleanText(s)).trim();
}

/** A cell as text: numbers keep every digit JavaScript has (no thousands separators or exponent for integers). */
export function cellText(v: CellValue): string {
  if (v instanceof Date) return isoOfUtc(v);
  return typeof v === 'string' ? v : String(v);
}

export function isoOfUtc(d: Date): string {
  return d.toISOString().slice(0, 10);
}

// Date helpers below work on numbers and strings, not Date objects: they run several times for
// every row of a 20,000-row upload.
function monthLength(y: number, m: number): number {
  return m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
}

function ymd(y: number, m: number, d: number): string {
  return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** `YYYY-MM-DD` if y-m-d is a real calendar date between 1900 and 2100, else null. */
export function isoDate(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > monthLength(y, m)) return null;
  return ymd(y, m, d);
}

/**
 * Excel's day serial (1900 date system): day 1 is 1900-01-01 and Excel counts a 1900-02-29 that never
 * was, so from day 61 on the epoch is 1899-12-30. Earlier serials are no plausible report dates.
 */
export function excelSerialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 61 || serial >= 73051) return null;
  return isoOfUtc(new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000));
}

// 2026-3-1, 2026/03/01, 2026.3.1, 2026年3月1日 (日 optional), each optionally followed by a time of day
// that Excel adds when it saves a date cell to CSV.
const DATE_TEXT = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;
const DATE_DIGITS = /^(\d{4})(\d{2})(\d{2})$/;

export type DateParse = { ok: true; iso: string } | { ok: false; reason: 'format' | 'not-a-day' };

/** Reads a date cell: a real Excel date, an Excel day serial, or text in the forms clerks type. */
export function parseDate(v: CellValue): DateParse {
  if (v instanceof Date) return { ok: true, iso: isoOfUtc(v) };
  if (typeof v === 'number') {
    const iso = excelSerialToIso(v);
    return iso ? { ok: true, iso } : { ok: false, reason: 'format' };
  }
  if (typeof v !== 'string') return { ok: false, reason: 'format' };
  const t = asciiText(v);
  const m = DATE_TEXT.exec(t) ?? DATE_DIGITS.exec(t);
  if (!m) return { ok: false, reason: 'format' };
  const iso = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  return iso ? { ok: true, iso } : { ok: false, reason: 'not-a-day' };
}

// 2026-03, 2026/3, 2026.3, 2026年3月, 202603.
const MONTH_TEXT = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/;
const MONTH_DIGITS = /^(\d{4})(\d{2})$/;

/**
 * Reads a month (YYYY-MM). Excel turns a typed 2026-03 into the date 2026-03-01, so a date on the
 * first of a month is that month; any other day is refused rather than guessed.
 */
export function parseMonth(v: CellValue): string | null {
  if (typeof v === 'string') {
    const t = asciiText(v);
    const m = MONTH_TEXT.exec(t) ?? MONTH_DIGITS.exec(t);
    if (m) {
      const month = Number(m[2]);
      return isoDate(Number(m[1]), month, 1) ? `${m[1]}-${String(month).padStart(2, '0')}` : null;
    }
  }
  const date = parseDate(v);
  return date.ok && date.iso.endsWith('-01') ? date.iso.slice(0, 7) : null;
}

export function daysInMonth(month: string): number {
  return monthLength(Number(month.slice(0, 4)), Number(month.slice(5, 7)));
}

export function lastDayOfMonth(month: string): string {
  return `${month}-${String(daysInMonth(month)).padStart(2, '0')}`;
}

/** The date `n` months after `iso`, the day clamped to the target month's length (01-31 + 1 → 02-28). */
export function addMonths(iso: string, n: number): string {
  const months = Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1 + n;
  const y = Math.floor(months / 12);
  const m = (months % 12) + 1;
  return ymd(y, m, Math.min(Number(iso.slice(8, 10)), monthLength(y, m)));
}

export function addDays(iso: string, n: number): string {
  const d = new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)) + n));
  return ymd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** Whole years of age on `on` for someone born on `birth` (both YYYY-MM-DD). */
export function ageOn(birth: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(birth.slice(0, 4));
  return on.slice(5) < birth.slice(5) ? years - 1 : years;
}
