import 'server-only';
import NextAuth from 'next-auth';
import type { OIDCConfig } from 'next-auth/providers';
import { getDb } from '@/lib/db/client';
import type { JxClaims } from '@/lib/sso/claims';
import { authLogger } from '@/lib/security/log';
import { ssoIssuer } from '@/lib/sso/config';
import { principalFromClaims } from './provision';
import type { Principal } from './principal';

/**
 * next-auth as a plain OpenID Connect client. By default it talks to the stand-in under /sso;
 * pointing OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET at the provincial IdP switches it.
 */
function shanxiProvider(): OIDCConfig<JxClaims> {
  return {
    id: 'shanxi',
    name: '山西省政务服务网统一认证中心',
    type: 'oidc',
    issuer: process.env.OIDC_ISSUER || ssoIssuer(),
    clientId: process.env.OIDC_CLIENT_ID || 'jianxi-portal',
    clientSecret: process.env.OIDC_CLIENT_SECRET,
    checks: ['pkce', 'state', 'nonce'],
    client: { token_endpoint_auth_method: 'client_secret_basic' },
    authorization: { params: { scope: 'openid profile phone' } },
    profile: (claims) => ({ id: claims.sub, name: claims.name }),
  };
}

type TokenWithPrincipal = { p?: Principal };

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  trustHost: true,
  logger: authLogger,
  secret: process.env.AUTH_SECRET,
  providers: [shanxiProvider()],
  session: { strategy: 'jwt', maxAge: 2 * 60 * 60 },
  pages: { signIn: '/login', error: '/login' },
  callbacks: {
    async signIn({ profile }) {
      return !!profile && !!(await principalFromClaims(getDb(), profile as unknown as JxClaims));
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
}));
