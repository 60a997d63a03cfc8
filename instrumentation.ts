/** Next.js calls register() once as the server starts: the settings are checked before any request. */
export async function register(): Promise<void> {
  // The build (`next build`) serves no request and may run without the production secrets or a database.
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { checkEnvAtStart } = await import('@/lib/env');
  checkEnvAtStart();
  const { getDb } = await import('@/lib/db/client');
  const { startHousekeeping } = await import('@/lib/security/housekeeping');
  startHousekeeping(getDb());
}
