/**
 * The shared-cache settings, read in this one place (next.config.ts and the cache handler both load
 * it; plain JavaScript because Next.js loads the handler without compiling it). Without REDIS_URL
 * each process keeps Next.js's own cache on its disk, which is right for one process (the demo).
 */
export function redisSettings(env = process.env) {
  const url = env.REDIS_URL?.trim();
  if (!url) return null;
  // Several deployments (or test runs) may share one Redis: each keeps to its own prefix.
  return { url, prefix: env.REDIS_KEY_PREFIX?.trim() || 'jx' };
}
