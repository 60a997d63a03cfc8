/**
 * Response security headers, in one place for next.config.ts (every response) and proxy.ts (the
 * per-request script nonce of signed-in and login pages). No imports: next.config.ts loads it.
 *
 * Scripts: signed-in and SSO pages are rendered per request, so the proxy gives each response a
 * nonce and Next.js puts it on its own scripts ('strict-dynamic' lets those load their chunks);
 * no 'unsafe-inline'. Public lists and position pages are cached whole and shared by every
 * visitor, so they cannot carry a per-request nonce; their policy still forbids plugins, framing
 * and foreign <base>, and scripts from other origins are not allowed anywhere else either.
 */
const dev = process.env.NODE_ENV !== 'production';

/**
 * Directives every HTML page gets; no default-src, which scripts would fall back to. Attachments
 * are previewed in a frame of the reviewers' page.
 */
const COMMON = ["img-src 'self' data: blob:", "style-src 'self' 'unsafe-inline'", "font-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'self'", "frame-src 'self'", "frame-ancestors 'none'"];

/** The cached public pages: no per-request nonce possible (see above), so no script-src. */
export const PUBLIC_CSP = COMMON.join('; ');

/** Pages rendered per request: scripts only with this response's nonce (dev tools need eval). */
export function nonceCsp(nonce: string): string {
  return [...COMMON, `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`].join('; ');
}

/** Headers on every response. HSTS only in production (`next start`); browsers ignore it over http. */
export const BASE_HEADERS = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ...(dev ? [] : [{ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }]),
];

/** First path segments of the pages served per request, whose HTML gets a nonce (proxy.ts matches them). */
export const NONCE_SECTIONS = ['unit', 'review', 'sso', 'center', 'person', 'login'] as const;
