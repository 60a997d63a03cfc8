import { noncePolicy, SELF_SCRIPTS_POLICY } from './csp-policy.mjs';

/**
 * Content-Security-Policy for every page; no policy allows inline scripts it has not named.
 * - Signed-in areas (unit, person, 个人中心, review, the IdP's pages) and the 公示 pages are rendered
 *   per request: their scripts carry a fresh nonce set by proxy.ts, and 'strict-dynamic' lets Next's
 *   own loader add its chunks.
 * - Pages served from the page cache (home, 公共就业, 见习岗位查询 lists and positions) are the same for
 *   every visitor and cannot carry a per-request nonce: the cache handlers store each with a policy
 *   naming the hash of every inline script in it (csp-policy.mjs#withPagePolicy), so they stay
 *   cacheable and the policy costs nothing per request.
 * - An unknown address answers with the cached 404 page and its hash policy; routes that answer HTML
 *   of their own (the 410 page of a closed position) send SELF_SCRIPTS_POLICY. API routes answer JSON
 *   or files (attachments carry a sandbox policy of their own).
 */
export { noncePolicy as dynamicPageCsp, SELF_SCRIPTS_POLICY };

/** Paths whose pages are per request and get the nonce policy from proxy.ts. */
export const DYNAMIC_PREFIXES = ['sso', 'unit', 'person', 'center', 'review', 'login', 'public/subsidy'];

export function isDynamicPath(pathname: string): boolean {
  return DYNAMIC_PREFIXES.some((p) => pathname === `/${p}` || pathname.startsWith(`/${p}/`));
}

export function newNonce(): string {
  return btoa(crypto.randomUUID());
}
