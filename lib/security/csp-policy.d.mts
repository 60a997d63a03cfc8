/** Types for csp-policy.mjs (plain JavaScript so that the cache handlers can load it uncompiled). */
export const COMMON_DIRECTIVES: readonly string[];
export function noncePolicy(nonce: string): string;
export const SELF_SCRIPTS_POLICY: string;
export function inlineScriptHashes(html: string): string[];
export function cachedPagePolicy(html: string): string;
export function withPagePolicy<T>(data: T): T;
