/** Types for settings.mjs (plain JavaScript so that Next.js can load the cache handler uncompiled). */
export function redisSettings(env?: Record<string, string | undefined>): { url: string; prefix: string } | null;
