import 'server-only';
import { createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose';
import { ssoEnabled, ssoIssuer } from '@/lib/sso/config';

/**
 * next-auth (through oauth4webapi) does not check an ID token's signature when it comes from the token
 * endpoint: OIDC allows that only over a trusted TLS connection. We check it anyway, against the
 * issuer's published keys, with the algorithm pinned to RS256 (so neither `none` nor an HMAC keyed
 * with the client secret can pass), for our client id only.
 */
const keySets = new Map<string, ReturnType<typeof createRemoteJWKSet>>();

async function keysOf(issuer: string): Promise<ReturnType<typeof createRemoteJWKSet>> {
  let keys = keySets.get(issuer);
  if (!keys) {
    const res = await fetch(`${issuer}/.well-known/openid-configuration`, { signal: AbortSignal.timeout(5000) });
    const meta = res.ok ? ((await res.json()) as { issuer?: unknown; jwks_uri?: unknown }) : {};
    if (meta.issuer !== issuer || typeof meta.jwks_uri !== 'string') throw new Error('identity provider metadata unusable');
    // jose caches the keys and refetches them when a token names an unknown kid (key rotation).
    keys = createRemoteJWKSet(new URL(meta.jwks_uri), { timeoutDuration: 5000 });
    keySets.set(issuer, keys);
  }
  return keys;
}

/** The verified claims of an ID token, or null when its signature, issuer, audience or times are wrong. */
export async function verifiedIdToken(idToken: unknown, o: { issuer: string; clientId: string }): Promise<JWTPayload | null> {
  if (typeof idToken !== 'string' || !issuerAllowed(o.issuer)) return null;
  try {
    const { payload } = await jwtVerify(idToken, await keysOf(o.issuer), { issuer: o.issuer, audience: o.clientId, algorithms: ['RS256'], clockTolerance: 30 });
    return payload;
  } catch {
    return null;
  }
}

/**
 * Plain http only for the built-in stand-in, and only while it is on (development, or a demo that
 * asks for it with SSO_STANDIN_ENABLED); a real identity provider must be reached over https.
 */
export function issuerAllowed(issuer: string): boolean {
  if (issuer.startsWith('https://')) return true;
  return issuer.startsWith('http://') && issuer === ssoIssuer() && ssoEnabled();
}
