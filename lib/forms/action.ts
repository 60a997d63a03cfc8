import 'server-only';
import { safeErrorMessage } from '@/lib/security/log';
import { headers } from 'next/headers';
import type { z } from 'zod';
import type { Principal, Role } from '@/lib/auth/principal';
import { principalFor } from '@/lib/auth/session';
import { UserFacingError } from '@/lib/filings/errors';
import { clientIp } from '@/lib/security/request';
import { formValues, parseForm, type FormState } from './state';

type PrincipalOf<R extends Role> = Extract<Principal, { role: R }>;

/**
 * The one wrapper every form's server action goes through (ARCHITECTURE §Habits 3): it checks the
 * session and role itself, validates with the same zod schema as the browser, and turns a
 * UserFacingError into a message on the form. Anything else is logged and reported in general words.
 */
export function formAction<R extends Role, S extends z.ZodType>(
  /** `keepOut`: fields never echoed back into the form after an error (e.g. a bank account). */
  opts: { role: R; schema: S | ((p: PrincipalOf<R>) => S); keepOut?: string[] },
  handler: (input: { p: PrincipalOf<R>; data: z.output<S>; ip: string; formData: FormData }) => Promise<FormState>,
): (prev: FormState, formData: FormData) => Promise<FormState> {
  return async (_prev, formData) => {
    const values = formValues(formData, opts.keepOut);
    const who = await principalFor(opts.role);
    if (!who.ok) return { formError: who.message, values };
    const schema = typeof opts.schema === 'function' ? opts.schema(who.p) : opts.schema;
    const parsed = parseForm(schema, formData);
    if (!parsed.ok) return { ...parsed.state, values };
    try {
      return await handler({ p: who.p, data: parsed.data, ip: clientIp(await headers()), formData });
    } catch (e) {
      if (e instanceof UserFacingError) return { formError: e.message, fieldErrors: e.field ? { [e.field]: e.message } : undefined, values };
      console.error('[form action]', safeErrorMessage(e));
      return { formError: '系统繁忙，提交未成功，请稍后重试。您填写的内容已保留。', values };
    }
  };
}
