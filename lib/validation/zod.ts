import { z } from 'zod';
import { controlCharsMessage, hasControlChars, isDigits, stripInvisible } from './text';

/** Runs a pure check (null or a Chinese message) as a zod refinement. */
export const checked = (fn: (s: string) => string | null) => (value: string, ctx: z.RefinementCtx) => {
  const message = fn(value);
  if (message) ctx.addIssue({ code: 'custom', message });
};

/**
 * The base of every text field: invisible characters stripped, control characters refused with a
 * Chinese message naming the field, then trimmed. Chain length and format checks after it.
 */
export const plain = (label: string, missing = `请填写${label}`) =>
  z
    .string({ message: missing })
    .overwrite(stripInvisible)
    .refine((s) => !hasControlChars(s), controlCharsMessage(label))
    .trim();

/**
 * A trimmed text field with Chinese messages: missing or too short → 请填写X (or, with
 * `tooShort: 'count'`, X至少N个字), too long → X不能超过N字.
 */
export const text = (label: string, max: number, { min = 1, tooShort = 'fill' }: { min?: number; tooShort?: 'fill' | 'count' } = {}) =>
  plain(label)
    .min(min, tooShort === 'count' && min > 1 ? `${label}至少${min}个字` : `请填写${label}`)
    .max(max, `${label}不能超过${max}字`);

/** An optional trimmed text field: only its length is checked. */
export const optionalText = (label: string, max: number) => plain(label).max(max, `${label}不能超过${max}字`);

/** A whole number typed as digits only (`1e2`, `0x10`, `+5`, `3.0` are refused), within [min, max]. */
export const count = (
  label: string,
  min: number,
  max: number,
  {
    msg = `${label}应为${min}–${max}之间的整数`,
    notDigits = msg,
    tooSmall = msg,
    tooBig = msg,
  }: { msg?: string; notDigits?: string; tooSmall?: string; tooBig?: string } = {},
) =>
  z.preprocess(
    // A form prefilled from the database hands the stored number back.
    (v) => (typeof v === 'number' ? String(v) : v),
    z
      .string({ message: `请填写${label}` })
      .trim()
      .min(1, `请填写${label}`)
      .refine(isDigits, notDigits)
      .transform(Number)
      .pipe(z.number().min(min, tooSmall).max(max, tooBig)),
  );
