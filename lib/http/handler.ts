import type { z } from 'zod';
import { identify, SESSION_EXPIRED, type ActorRole, type Principal, type PrincipalOf } from '@/lib/auth/principal';
import { GENERAL_FAILURE, UserFacingError } from '@/lib/errors';
import { safeErrorMessage } from '@/lib/security/log';
import { clientIp } from '@/lib/security/request';

/** Who may call a route: a role, `any` signed-in principal, or `public` (the principal, if any, is still passed). */
export type RouteRole = ActorRole | 'any' | 'public';
type Caller<R extends RouteRole> = R extends ActorRole ? PrincipalOf<R> : R extends 'any' ? Principal : Principal | null;

export type RouteOptions<R extends RouteRole, S extends z.ZodType> = {
  role: R;
  /** Checked against the route's params and query string together; a failure is a 400 with its message. */
  schema?: S;
  /** Read the body, never more than this many bytes (a lying or missing Content-Length changes nothing). */
  maxBytes?: number | (() => number);
  tooBig?: (maxBytes: number) => string;
  /** What the user reads after an unexpected error (the details go to the log only). */
  failure?: string;
  /** Errors as `{ ok: false, message }` JSON (for fetch callers) or plain text (for links and downloads). */
  errorsAs?: 'json' | 'text';
};

export type RouteInput<R extends RouteRole, S extends z.ZodType> = { p: Caller<R>; input: z.output<S>; body: Uint8Array; request: Request; ip: string };
export type RouteHandler = (request: Request, ctx: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;

/** Reads the body, but never more than the limit. */
async function readCapped(request: Request, limit: number): Promise<Uint8Array | null> {
  if (Number(request.headers.get('content-length') ?? 0) > limit) return null;
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/**
 * The one shape of a route handler: it checks the caller's role itself, validates params and query,
 * caps the body, and turns a UserFacingError into its HTTP status and Chinese message; anything else
 * is logged and answered with a 500 in general words.
 */
export function routeWrapper(deps: { principal: () => Promise<Principal | null> }) {
  return function route<R extends RouteRole, S extends z.ZodType = z.ZodType<Record<string, string>>>(
    opts: RouteOptions<R, S>,
    handler: (input: RouteInput<R, S>) => Promise<Response>,
  ): RouteHandler {
    const fail = (status: number, message: string) =>
      opts.errorsAs === 'text'
        ? new Response(message, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } })
        : Response.json({ ok: false, message }, { status });
    return async (request, ctx) => {
      const p = await deps.principal();
      if (opts.role === 'any' && !p) return fail(401, SESSION_EXPIRED);
      if (opts.role !== 'any' && opts.role !== 'public') {
        const who = identify(p, opts.role as ActorRole);
        if (!who.ok) return fail(who.status, who.message);
      }
      let input: unknown = {};
      if (opts.schema) {
        const raw = { ...Object.fromEntries(new URL(request.url).searchParams), ...((await ctx?.params) ?? {}) };
        const parsed = opts.schema.safeParse(raw);
        if (!parsed.success) return fail(400, parsed.error.issues[0]?.message ?? '请求无效。');
        input = parsed.data;
      }
      let body: Uint8Array = new Uint8Array();
      if (opts.maxBytes !== undefined) {
        const max = typeof opts.maxBytes === 'function' ? opts.maxBytes() : opts.maxBytes;
        const read = await readCapped(request, max);
        if (!read) return fail(413, opts.tooBig?.(max) ?? '文件过大。');
        body = read;
      }
      try {
        return await handler({ p: p as Caller<R>, input: input as z.output<S>, body, request, ip: clientIp(request.headers) });
      } catch (e) {
        if (e instanceof UserFacingError) return fail(e.status, e.userMessage);
        console.error('[route]', new URL(request.url).pathname, safeErrorMessage(e));
        return fail(500, opts.failure ?? GENERAL_FAILURE);
      }
    };
  };
}
