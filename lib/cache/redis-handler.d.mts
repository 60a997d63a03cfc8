/** Types for redis-handler.mjs (Next.js's cacheHandler interface, the parts the tests drive). */
export default class RedisCacheHandler {
  constructor(ctx: { serverDistDir?: string });
  get(key: string, ctx: object): Promise<{ value: unknown; lastModified: number } | null>;
  set(key: string, data: unknown, ctx: object): Promise<void>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
  resetRequestCache(): void;
  /** Exposed for tests: the process's shared connection. */
  readonly redis: { client: { isReady: boolean; quit(): Promise<unknown> }; pending: Map<string, number> };
}
