import { timingSafeEqual } from 'node:crypto';
import { claimsFor } from '@/lib/sso/claims';
import { redeemCode } from '@/lib/sso/codes';
import { TOKEN_TTL_SECONDS, findClient } from '@/lib/sso/config';
import { getDb, json, oauthError, withSso } from '@/lib/sso/http';
import { mintAccessToken, mintIdToken } from '@/lib/sso/tokens';

export const dynamic = 'force-dynamic';

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** client_secret_basic (RFC 6749 §2.3.1): both parts are form-url-encoded before base64. */
function basicCredentials(header: string | null): { id: string; secret: string } | null {
  const m = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(header ?? '');
  if (!m) return null;
  const decoded = Buffer.from(m[1], 'base64').toString('utf8');
  const i = decoded.indexOf(':');
  if (i < 0) return null;
  const dec = (s: string) => decodeURIComponent(s.replace(/\+/g, ' '));
  try {
    return { id: dec(decoded.slice(0, i)), secret: dec(decoded.slice(i + 1)) };
  } catch {
    return null;
  }
}

export const POST = withSso(async (request: Request) => {
  const creds = basicCredentials(request.headers.get('authorization'));
  const client = creds && findClient(creds.id);
  if (!creds || !client || !safeEqual(creds.secret, client.clientSecret)) {
    return oauthError('invalid_client', 'client authentication failed', 401, { 'www-authenticate': 'Basic realm="sso"' });
  }
  const form = new URLSearchParams(await request.text());
  if (form.get('grant_type') !== 'authorization_code') return oauthError('unsupported_grant_type', 'only authorization_code is supported');
  const code = form.get('code');
  const redirectUri = form.get('redirect_uri');
  const codeVerifier = form.get('code_verifier');
  if (!code || !redirectUri || !codeVerifier) return oauthError('invalid_request', 'code, redirect_uri and code_verifier are required');

  const db = getDb();
  const redeemed = await redeemCode(db, { code, clientId: client.clientId, redirectUri, codeVerifier });
  if (!redeemed) return oauthError('invalid_grant', 'the code is invalid, expired, already used, or does not match this client, redirect_uri or PKCE verifier');
  const claims = await claimsFor(db, redeemed.accountId);
  if (!claims) return oauthError('invalid_grant', 'the account is not available');

  return json({
    access_token: await mintAccessToken(db, redeemed.accountId, { clientId: client.clientId, scope: redeemed.scope }),
    token_type: 'Bearer',
    expires_in: TOKEN_TTL_SECONDS,
    scope: redeemed.scope,
    id_token: await mintIdToken(db, claims, { clientId: client.clientId, nonce: redeemed.nonce, authTime: redeemed.authTime }),
  });
});
