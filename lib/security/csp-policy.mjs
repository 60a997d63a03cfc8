// The Content-Security-Policy's text, in plain JavaScript: lib/security/csp.ts (proxy, next.config)
// and the page-cache handlers (lib/cache/*.mjs, loaded by Next.js uncompiled) build every policy
// from here, so there is one list of directives.
import { createHash } from 'node:crypto';

/** Directives every page shares; each policy adds its own script-src and frame-ancestors. */
export const COMMON_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-src 'self'",
];

const policy = (scriptSrc) => [...COMMON_DIRECTIVES, `script-src ${scriptSrc}`, "frame-ancestors 'none'"].join('; ');

/** Pages rendered per request: only scripts carrying this request's nonce (and what they load). */
export function noncePolicy(nonce) {
  return policy(`'self' 'nonce-${nonce}' 'strict-dynamic'`);
}

/** Pages and files with no inline script of their own: scripts from this origin only. */
export const SELF_SCRIPTS_POLICY = policy("'self'");

// An inline script: <script> without src, whose type (if any) is JavaScript. JSON-LD and other
// data blocks are never executed, so they need no hash.
const SCRIPT = /<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi;
const EXECUTABLE_TYPE = /^\s*(?:|text\/javascript|application\/javascript|module)\s*$/i;

/** The 'sha256-…' sources of every inline script in a page's HTML, in order, without repeats. */
export function inlineScriptHashes(html) {
  const hashes = new Set();
  for (const [, attrs = '', body] of html.matchAll(SCRIPT)) {
    if (/\ssrc\s*=/i.test(attrs)) continue;
    const type = /\stype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attrs);
    if (type && !EXECUTABLE_TYPE.test(type[1] ?? type[2] ?? type[3] ?? '')) continue;
    hashes.add(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}

/**
 * The policy of a page served from the page cache (home, 公共就业, lists, positions): its HTML is the
 * same for every visitor, so instead of a per-request nonce it names the hash of each inline script
 * Next.js wrote into it. Computed once when the page is stored and kept with it.
 */
export function cachedPagePolicy(html) {
  return policy(["'self'", ...inlineScriptHashes(html)].join(' '));
}

const CSP = 'content-security-policy';

/**
 * Gives a cached page entry its hash policy (in place, as Next.js sends the headers stored with the
 * entry). Entries that are not HTML pages, or that already carry it, are left as they are.
 */
export function withPagePolicy(data) {
  if (data?.kind !== 'APP_PAGE' || typeof data.html !== 'string' || !data.html) return data;
  data.headers ??= {};
  if (!data.headers[CSP]) data.headers[CSP] = cachedPagePolicy(data.html);
  return data;
}
