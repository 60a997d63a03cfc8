/** Next.js calls register() once as the server starts: the settings are checked before any request. */
export async function register(): Promise<void> {
  // The build (`next build`) evaluates no request and may run without the production secrets.
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { checkEnvAtStart } = await import('@/lib/env');
  checkEnvAtStart();
}
