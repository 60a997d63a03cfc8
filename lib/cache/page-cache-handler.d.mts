/** Types for page-cache-handler.mjs (plain JavaScript, as next.config.ts loads it at run time). */
export function isStorable(key: string, data: { kind: string; status?: number; data?: { body?: string } } | null): boolean;
declare const BoundedPageCache: unknown;
export default BoundedPageCache;
