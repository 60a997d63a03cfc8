import { z } from 'zod';
import { idCardError, mobileError, normalizeIdCard } from '@/lib/validation';
import { asciiText, cellText, cleanText, parseDate, parseMonth } from './normalize';
import type { CellValue, ColumnSpec } from './types';

/**
 * Column builders. Each returns a ColumnSpec whose zod schema reads one non-empty cell (emptiness
 * is the engine's business) and yields the canonical value: text, YYYY-MM-DD, YYYY-MM, an integer,
 * or money in integer fen.
 */
type Common<K extends string, R extends boolean> = {
  key: K;
  header: string;
  required: R;
  example?: CellValue;
  width?: number;
  rule: string;
  fix?: string;
  aliases?: readonly string[];
};

const cell = z.custom<CellValue>();

function fail(ctx: z.RefinementCtx, message: string, fix?: string): typeof z.NEVER {
  ctx.addIssue({ code: 'custom', message, params: fix ? { fix } : undefined });
  return z.NEVER;
}

export function textColumn<K extends string, R extends boolean>(
  c: Common<K, R> & { max: number; noDigits?: boolean; optionsFrom?: string },
): ColumnSpec<K, string, R> {
  const { max, noDigits, ...spec } = c;
  const schema = cell.transform((v, ctx) => {
    const s = cleanText(cellText(v));
    if (s.length > max) return fail(ctx, `${c.header}不能超过${max}个字，当前${s.length}个字`);
    if (noDigits && /[0-9０-９]/.test(s)) return fail(ctx, `${c.header}不应包含数字`, `请填写${c.header}，不要填写编号或证件号`);
    return s;
  });
  return { width: 16, fix: `请填写${c.header}`, ...spec, schema, format: 'text' };
}

/**
 * 身份证号. A numeric cell has already lost digits (Excel keeps 15 significant digits), however it is
 * displayed: lib/validation words that case for the scientific form, so the number is handed over
 * in that form rather than printed as a plausible-looking 18-digit string.
 */
export function idCardColumn<K extends string>(c: Omit<Common<K, true>, 'required'>): ColumnSpec<K, string, true> {
  const schema = cell.transform((v, ctx) => {
    const text = typeof v === 'number' ? v.toExponential() : asciiText(cellText(v));
    const error = idCardError(text);
    return error ? fail(ctx, error) : normalizeIdCard(text);
  });
  return {
    width: 22,
    fix: '请核对身份证号；该列须为“文本”格式，18位号码逐位填写，末位X大小写均可',
    ...c,
    required: true,
    schema,
    format: 'text',
  };
}

/** 手机号码. An 11-digit number survives Excel's number conversion intact, so numeric cells are accepted. */
export function mobileColumn<K extends string, R extends boolean>(c: Common<K, R>): ColumnSpec<K, string, R> {
  const schema = cell.transform((v, ctx) => {
    const text = typeof v === 'number' && Number.isInteger(v) ? String(v) : asciiText(cellText(v)).replace(/[\s-]/g, '');
    const error = mobileError(text);
    return error ? fail(ctx, `${error}，当前为“${cellText(v)}”`) : text;
  });
  return { width: 15, fix: '请填写本人11位手机号码，不要加区号、空格或多个号码', ...c, schema, format: 'text' };
}

export function dateColumn<K extends string, R extends boolean>(c: Common<K, R>): ColumnSpec<K, string, R> {
  const schema = cell.transform((v, ctx) => {
    const date = parseDate(v);
    if (date.ok) return date.iso;
    return date.reason === 'not-a-day' ? fail(ctx, `${c.header}“${cellText(v)}”不是真实存在的日期`) : fail(ctx, `${c.header}“${cellText(v)}”不是可识别的日期`);
  });
  return { width: 14, fix: '请按 2026-03-01 的格式填写日期（也可写 2026/3/1 或 2026年3月1日）', ...c, schema, format: 'date' };
}

export function monthColumn<K extends string, R extends boolean>(c: Common<K, R>): ColumnSpec<K, string, R> {
  const schema = cell.transform((v, ctx) => parseMonth(v) ?? fail(ctx, `${c.header}“${cellText(v)}”不是可识别的月份`));
  return { width: 12, fix: '请按 2026-03 的格式填写月份（也可写 2026/3 或 2026年3月）', ...c, schema, format: 'text' };
}

/** Whole non-negative numbers, typed as numbers or as text (full-width digits included). */
export function integerColumn<K extends string, R extends boolean>(c: Common<K, R> & { max: number }): ColumnSpec<K, number, R> {
  const { max, ...spec } = c;
  const schema = z.preprocess(
    (v: CellValue) => (typeof v === 'number' ? v : /^[+-]?\d+(\.\d+)?$/.test(asciiText(cellText(v))) ? asciiText(cellText(v)) : Number.NaN),
    z.coerce
      .number({ error: `${c.header}应填写数字` })
      .int({ error: `${c.header}应为整数，不能有小数` })
      .min(0, { error: `${c.header}不能为负数` })
      .max(max, { error: `${c.header}不能大于${max}` }),
  );
  return { width: 12, fix: `请填写0到${max}之间的整数`, ...spec, schema, format: 'integer' };
}

/**
 * Money in 元 with at most 2 decimals, stored as integer fen. Text is read digit by digit so that
 * 0.1 + 0.2 style float error never reaches the amount; ¥, 元 and thousands separators are allowed.
 */
export function moneyColumn<K extends string, R extends boolean>(c: Common<K, R>): ColumnSpec<K, number, R> {
  const schema = cell.transform((v, ctx) => {
    const text =
      typeof v === 'number'
        ? v.toFixed(6)
        : asciiText(cellText(v))
            .replace(/^[¥￥]\s*/, '')
            .replace(/\s*元$/, '')
            .replace(/,(?=\d{3})/g, '');
    const m = /^(-?)(\d{1,9})(?:\.(\d+))?$/.exec(text);
    if (!m) return fail(ctx, `${c.header}“${cellText(v)}”不是金额`);
    if (m[1]) return fail(ctx, `${c.header}不能为负数`);
    const decimals = (m[3] ?? '').replace(/0+$/, '');
    if (decimals.length > 2) return fail(ctx, `${c.header}最多保留两位小数（到分），当前为“${cellText(v)}”`);
    return Number(m[2]) * 100 + Number(decimals.padEnd(2, '0'));
  });
  return { width: 14, fix: '请填写以元为单位的金额，如 1980.00', ...c, schema, format: 'money' };
}

/** Dash-like characters clerks type in 16–24 (hyphen, full-width hyphen, em dash, tildes) read as the en dash. */
function choiceKey(s: string): string {
  return asciiText(s)
    .replace(/\s+/g, '')
    .replace(/[-‐‑‒—―~〜～]/g, '–');
}

/** A value from a drop-down list. TRUE/FALSE cells read as 是/否 when those are the choices. */
export function choiceColumn<K extends string, R extends boolean, const O extends readonly [string, ...string[]]>(
  c: Common<K, R> & { options: O },
): ColumnSpec<K, O[number], R> {
  const byKey = new Map<string, O[number]>(c.options.map((o) => [choiceKey(o), o]));
  const schema = cell.transform((v, ctx) => {
    const text = typeof v === 'boolean' && byKey.has('是') ? (v ? '是' : '否') : cellText(v);
    return byKey.get(choiceKey(text)) ?? fail(ctx, `${c.header}“${cleanText(text)}”不是可选的值`);
  });
  return { width: 18, fix: `请从下拉列表中选择：${c.options.join('、')}`, ...c, schema, format: 'text' };
}
