/**
 * Content-Security-Policy for every page. Signed-in areas (unit, person, 个人中心, review, the IdP's
 * pages) are rendered per request, so their scripts carry a fresh nonce set by proxy.ts and nothing
 * else runs ('strict-dynamic' lets Next's own loader add its chunks). Public pages (home, 公共就业,
 * 见习岗位查询) are cached whole and served to everyone, so they cannot carry a per-request nonce;
 * their policy allows same-origin scripts and Next's inline bootstrap, and they show no signed-in data
 * (the login area is fetched from /api/me).
 */
const common = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-src 'self'",
];

export function dynamicPageCsp(nonce: string): string {
  return [...common, `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`, "frame-ancestors 'none'"].join('; ');
}

export const PUBLIC_PAGE_CSP = [...common, "script-src 'self' 'unsafe-inline'", "frame-ancestors 'none'"].join('; ');

/** Paths whose pages are per request and get the nonce policy from proxy.ts. */
export const DYNAMIC_PREFIXES = ['sso', 'unit', 'person', 'center', 'review', 'login'];

export function isDynamicPath(pathname: string): boolean {
  return DYNAMIC_PREFIXES.some((p) => pathname === `/${p}` || pathname.startsWith(`/${p}/`));
}

export function newNonce(): string {
  return btoa(crypto.randomUUID());
}
