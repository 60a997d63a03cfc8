/**
 * Thrown by a domain function to roll its transaction back and tell the user why, in plain Chinese.
 * The action and route wrappers (lib/forms/action, lib/http/route) show `userMessage` on the form or
 * answer with `status`; `message` is what a log may carry (the Chinese text unless a `log` is given).
 */
export class UserFacingError extends Error {
  readonly userMessage: string;
  readonly field?: string;
  readonly status: number;

  /** `opts` may be just the field's name (the short form most domain code uses). */
  constructor(userMessage: string, options: string | { field?: string; status?: number; log?: string } = {}) {
    const opts = typeof options === 'string' ? { field: options } : options;
    super(opts.log ?? userMessage);
    this.name = 'UserFacingError';
    this.userMessage = userMessage;
    this.field = opts.field;
    this.status = opts.status ?? 409;
  }
}

/** What the user reads when something unexpected failed; the details go to the log only. */
export const GENERAL_FAILURE = '系统繁忙，操作未成功，请稍后重试。';

export function isUniqueViolation(e: unknown, constraint?: string): boolean {
  const err = e as { code?: string; constraint?: string; constraint_name?: string; cause?: { code?: string; constraint?: string; constraint_name?: string } };
  const code = err?.code ?? err?.cause?.code;
  const name = err?.constraint ?? err?.constraint_name ?? err?.cause?.constraint ?? err?.cause?.constraint_name;
  return (
    code === '23505' &&
    (!constraint ||
      name === constraint ||
      String((err as Error)?.message ?? '').includes(constraint) ||
      String((err?.cause as Error | undefined)?.message ?? '').includes(constraint))
  );
}
