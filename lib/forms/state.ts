import { z } from 'zod';

/** What every form's server action returns (ARCHITECTURE §Habits 3). */
export type FormState = {
  ok?: boolean;
  fieldErrors?: Record<string, string>;
  formError?: string;
  values?: Record<string, string>;
};

export const initialFormState: FormState = {};

/** A form's server action, handed to its form component by the page (components never import app/). */
export type FormAction = (prev: FormState, formData: FormData) => Promise<FormState>;

/** Text fields of a FormData (files are left out), for re-filling a form after an error. */
export function formValues(formData: FormData, omit: string[] = []): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of formData.entries()) if (typeof v === 'string' && !omit.includes(k) && !k.startsWith('$')) out[k] = v;
  return out;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * `files.license` → `{ files: { license } }`: nested objects from dotted field names. Names that
 * would reach an object's prototype (`__proto__.x`) are dropped: form field names come from anyone.
 */
export function nest(values: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  entries: for (const [key, v] of Object.entries(values)) {
    const parts = key.split('.');
    if (parts.some((p) => FORBIDDEN_KEYS.has(p) || p === '')) continue;
    let node = out;
    for (const p of parts.slice(0, -1)) {
      const next = Object.hasOwn(node, p) ? node[p] : undefined;
      if (next !== undefined && (typeof next !== 'object' || next === null)) continue entries;
      node = (next as Record<string, unknown>) ?? (node[p] = {});
    }
    node[parts[parts.length - 1]] = v;
  }
  return out;
}

/** Validates with the same zod schema the browser used; the first message per field. */
export function parseForm<S extends z.ZodType>(
  schema: S,
  formData: FormData,
  omit: string[] = [],
): { ok: true; data: z.output<S> } | { ok: false; state: FormState } {
  const values = formValues(formData, omit);
  const parsed = schema.safeParse(nest(values));
  if (parsed.success) return { ok: true, data: parsed.data };
  const fieldErrors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path.join('.') || '_form';
    fieldErrors[key] ??= issue.message;
  }
  return { ok: false, state: { fieldErrors, values: Object.fromEntries(Object.entries(values).filter(([k]) => !/password/i.test(k))) } };
}
