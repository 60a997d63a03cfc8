import type { z } from 'zod';
import { identify, loginRoleOf, loginUrl, type ActorRole, type Principal, type PrincipalOf } from '@/lib/auth/principal';
import { UserFacingError } from '@/lib/errors';
import { safeErrorMessage } from '@/lib/security/log';
import { formValues, parseForm, type FormAction, type FormState } from './state';

/** What the wrappers need from the request; lib/forms/action binds them to Next.js, tests to fakes. */
export type ActionDeps = {
  principal: () => Promise<Principal | null>;
  ip: () => Promise<string>;
  redirect: (url: string) => never;
};

type Input<R extends ActorRole, S extends z.ZodType> = { p: PrincipalOf<R>; data: z.output<S>; ip: string; formData: FormData };
type Options<R extends ActorRole, S extends z.ZodType> = { role: R; schema: S | ((p: PrincipalOf<R>) => S) };

export const FORM_FAILURE = '系统繁忙，提交未成功，请稍后重试。您填写的内容已保留。';

/** Why a redirecting action sent the user back: `?error=<code>` on its page (never free text in a URL). */
export type ActionErrorCode = 'forbidden' | 'invalid' | 'refused' | 'failed';
export const withError = (back: string, code: ActionErrorCode) => `${back}${back.includes('?') ? '&' : '?'}error=${code}`;

/**
 * The two shapes every authenticated mutation takes (ARCHITECTURE §Habits 3). Both check the
 * session and role themselves, validate with the zod schema the browser used, and turn a
 * UserFacingError into words for the user; anything else is logged and reported in general words.
 */
export function actionWrappers(deps: ActionDeps) {
  async function guard<R extends ActorRole, S extends z.ZodType>(opts: Options<R, S>, formData: FormData) {
    const who = identify(await deps.principal(), opts.role);
    if (!who.ok) return { ok: false as const, who };
    const schema = typeof opts.schema === 'function' ? opts.schema(who.p) : opts.schema;
    return { ok: true as const, p: who.p, parsed: parseForm(schema, formData) as ReturnType<typeof parseForm<S>> };
  }

  /** A form with useActionState: the outcome comes back as FormState, the user's input kept. */
  function formAction<R extends ActorRole, S extends z.ZodType>(
    /** `keepOut`: fields never echoed back into the form after an error (e.g. a bank account). */
    opts: Options<R, S> & { keepOut?: string[] },
    handler: (input: Input<R, S>) => Promise<FormState>,
  ): FormAction {
    return async (_prev, formData) => {
      const values = formValues(formData, opts.keepOut);
      const g = await guard(opts, formData);
      if (!g.ok) return { formError: g.who.message, values };
      if (!g.parsed.ok) return { ...g.parsed.state, values };
      try {
        return await handler({ p: g.p, data: g.parsed.data, ip: await deps.ip(), formData });
      } catch (e) {
        if (e instanceof UserFacingError) return { formError: e.userMessage, fieldErrors: e.field ? { [e.field]: e.userMessage } : undefined, values };
        console.error('[form action]', safeErrorMessage(e));
        return { formError: FORM_FAILURE, values };
      }
    };
  }

  /**
   * A plain `<form action>` button (撤回, 停止招募, 保存): the handler returns where to go next, or
   * nothing to stay. When refused, the user goes back to `back` (its login if the session ended),
   * with `?error=<code>` the page explains; without `back` a refusal leaves the page as it was.
   */
  function redirectAction<R extends ActorRole, S extends z.ZodType>(
    opts: Options<R, S> & { back?: string | ((formData: FormData) => string) },
    handler: (input: Input<R, S>) => Promise<string | void>,
  ): (formData: FormData) => Promise<void> {
    return async (formData) => {
      const back = typeof opts.back === 'function' ? opts.back(formData) : opts.back;
      const refuse = (code: ActionErrorCode) => {
        if (back) deps.redirect(withError(back, code));
      };
      const g = await guard(opts, formData);
      if (!g.ok) {
        if (back && g.who.status === 401) deps.redirect(loginUrl(loginRoleOf(opts.role), back));
        return refuse('forbidden');
      }
      if (!g.parsed.ok) return refuse('invalid');
      let next: string | void;
      try {
        next = await handler({ p: g.p, data: g.parsed.data, ip: await deps.ip(), formData });
      } catch (e) {
        if (e instanceof UserFacingError) return refuse('refused');
        console.error('[action]', safeErrorMessage(e));
        return refuse('failed');
      }
      // Outside the try: Next's redirect() works by throwing.
      if (next) deps.redirect(next);
    };
  }

  return { formAction, redirectAction };
}
