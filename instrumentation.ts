/** Next.js calls register() once as the server starts. */
export async function register(): Promise<void> {
  // The build (`next build`) serves no request and may have no database.
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { getDb } = await import('@/lib/db/client');
  const { startHousekeeping } = await import('@/lib/security/housekeeping');
  startHousekeeping(getDb());
}
