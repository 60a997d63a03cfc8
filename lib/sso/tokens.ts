import 'server-only';
import { SignJWT, createLocalJWKSet, jwtVerify } from 'jose';
import type { Db } from '@/lib/db/client';
import type { JxClaims } from './claims';
import { TOKEN_TTL_SECONDS, ssoIssuer } from './config';
import { publicJwks, signingKey } from './keys';

export function userinfoAudience(): string {
  return `${ssoIssuer()}/userinfo`;
}

export async function mintIdToken(db: Db, claims: JxClaims, opts: { clientId: string; nonce: string | null; authTime: Date }): Promise<string> {
  const { kid, key } = await signingKey(db);
  const { sub, ...rest } = claims;
  return new SignJWT({ ...rest, auth_time: Math.floor(opts.authTime.getTime() / 1000), ...(opts.nonce ? { nonce: opts.nonce } : {}) })
    .setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' })
    .setIssuer(ssoIssuer())
    .setSubject(sub)
    .setAudience(opts.clientId)
    .setIssuedAt()
    .setExpirationTime(`${TOKEN_TTL_SECONDS}s`)
    .sign(key);
}

export async function mintAccessToken(db: Db, accountId: string, opts: { clientId: string; scope: string }): Promise<string> {
  const { kid, key } = await signingKey(db);
  return new SignJWT({ scope: opts.scope, client_id: opts.clientId })
    .setProtectedHeader({ alg: 'RS256', kid, typ: 'at+jwt' })
    .setIssuer(ssoIssuer())
    .setSubject(accountId)
    .setAudience(userinfoAudience())
    .setIssuedAt()
    .setExpirationTime(`${TOKEN_TTL_SECONDS}s`)
    .sign(key);
}

/** The account id an access token speaks for, or null when it is not one of ours or has expired. */
export async function verifyAccessToken(db: Db, token: string): Promise<string | null> {
  try {
    const { payload } = await jwtVerify(token, createLocalJWKSet(await publicJwks(db)), {
      issuer: ssoIssuer(),
      audience: userinfoAudience(),
      typ: 'at+jwt',
      algorithms: ['RS256'],
    });
    return payload.sub ?? null;
  } catch {
    return null;
  }
}
