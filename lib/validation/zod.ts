import { z } from 'zod';

/** Runs a pure check (null or a Chinese message) as a zod refinement. */
export const checked = (fn: (s: string) => string | null) => (value: string, ctx: z.RefinementCtx) => {
  const message = fn(value);
  if (message) ctx.addIssue({ code: 'custom', message });
};

/**
 * A trimmed text field with Chinese messages: missing or too short → 请填写X (or, with
 * `tooShort: 'count'`, X至少N个字), too long → X不能超过N字.
 */
export const text = (label: string, max: number, { min = 1, tooShort = 'fill' }: { min?: number; tooShort?: 'fill' | 'count' } = {}) =>
  z
    .string({ message: `请填写${label}` })
    .trim()
    .min(min, tooShort === 'count' && min > 1 ? `${label}至少${min}个字` : `请填写${label}`)
    .max(max, `${label}不能超过${max}字`);

/** An optional trimmed text field: only its length is checked. */
export const optionalText = (label: string, max: number) => z.string().trim().max(max, `${label}不能超过${max}字`);
