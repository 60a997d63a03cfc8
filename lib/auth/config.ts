import 'server-only';
import type { NextAuthConfig } from 'next-auth';
import type { OIDCConfig } from 'next-auth/providers';
import { getDb } from '@/lib/db/client';
import type { JxClaims } from '@/lib/sso/claims';
import { authLogger } from '@/lib/security/log';
import { ssoIssuer } from '@/lib/sso/config';
import { verifiedIdToken } from './id-token';
import { principalFromClaims } from './provision';
import type { Principal } from './principal';
import { env } from '@/lib/env';

/**
 * next-auth as a plain OpenID Connect client. By default it talks to the stand-in under /sso;
 * pointing OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET at the provincial IdP switches it.
 */
function shanxiProvider(): OIDCConfig<JxClaims> {
  return {
    id: 'shanxi',
    name: '山西省政务服务网统一认证中心',
    type: 'oidc',
    issuer: env().OIDC_ISSUER ?? ssoIssuer(),
    clientId: env().OIDC_CLIENT_ID,
    clientSecret: env().OIDC_CLIENT_SECRET,
    checks: ['pkce', 'state', 'nonce'],
    client: { token_endpoint_auth_method: 'client_secret_basic' },
    authorization: { params: { scope: 'openid profile phone' } },
    profile: (claims) => ({ id: claims.sub, name: claims.name }),
  };
}

type TokenWithPrincipal = { p?: Principal };

/** The settings next-auth runs with (a function, so that settings are read when first needed). */
export const authConfig = (): NextAuthConfig => ({
  trustHost: true,
  logger: authLogger,
  secret: env().AUTH_SECRET,
  providers: [shanxiProvider()],
  session: { strategy: 'jwt', maxAge: 2 * 60 * 60 },
  pages: { signIn: '/login', error: '/login' },
  callbacks: {
    // The ID token's signature is checked here (lib/auth/id-token.ts) and must name the same subject
    // as the profile next-auth read from it.
    async signIn({ account, profile }) {
      if (!profile) return false;
      const verified = await verifiedIdToken(account?.id_token, { issuer: env().OIDC_ISSUER ?? ssoIssuer(), clientId: env().OIDC_CLIENT_ID });
      if (!verified?.sub || verified.sub !== profile.sub) return false;
      return !!(await principalFromClaims(getDb(), profile as unknown as JxClaims));
    },
    async jwt({ token, profile, trigger }) {
      if (trigger === 'signIn' && profile) {
        const p = await principalFromClaims(getDb(), profile as unknown as JxClaims);
        if (p) (token as TokenWithPrincipal).p = p;
      }
      return token;
    },
    session({ session, token }) {
      (session as unknown as TokenWithPrincipal).p = (token as TokenWithPrincipal).p;
      return session;
    },
  },
});
