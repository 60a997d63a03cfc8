/**
 * What an unexpected error may write to the log: the database's own message (e.g. a constraint
 * name), never the failed query with its parameters, which can carry personal data.
 */
export function safeErrorMessage(e: unknown): string {
  const err = e as { cause?: { message?: string }; message?: string; name?: string };
  const msg = err?.cause?.message ?? (err?.message?.startsWith('Failed query') ? 'database query failed' : err?.message) ?? err?.name ?? String(e);
  return msg.slice(0, 300);
}
