/** Thrown inside a transaction to roll it back and tell the user why, in plain Chinese. */
export class UserFacingError extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'UserFacingError';
  }
}

export function isUniqueViolation(e: unknown, constraint?: string): boolean {
  const err = e as { code?: string; constraint?: string; constraint_name?: string; cause?: { code?: string; constraint?: string; constraint_name?: string } };
  const code = err?.code ?? err?.cause?.code;
  const name = err?.constraint ?? err?.constraint_name ?? err?.cause?.constraint ?? err?.cause?.constraint_name;
  return code === '23505' && (!constraint || name === constraint || String((err as Error)?.message ?? '').includes(constraint) || String((err?.cause as Error | undefined)?.message ?? '').includes(constraint));
}
