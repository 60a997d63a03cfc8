import 'server-only';
import { randomUUID } from 'node:crypto';
import type { NextAuthConfig } from 'next-auth';
import type { OIDCConfig } from 'next-auth/providers';
import { getDb } from '@/lib/db/client';
import type { JxClaims } from '@/lib/sso/claims';
import { authLogger, safeErrorMessage } from '@/lib/security/log';
import { ssoIssuer } from '@/lib/sso/config';
import { verifiedIdToken } from './id-token';
import { principalFromClaims, sessionCheck } from './provision';
import type { Principal } from './principal';
import { env, secureCookies } from '@/lib/env';

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

/** What the session token carries: the principal and the session's own random id (ended by 退出). */
export type TokenWithPrincipal = { p?: Principal; sid?: string };

/** How long a session lasts without a request; 退出 keeps its id refused for that long. */
export const SESSION_MAX_AGE_S = 2 * 60 * 60;

/** The settings next-auth runs with (a function, so that settings are read when first needed). */
export const authConfig = (): NextAuthConfig => ({
  trustHost: true,
  useSecureCookies: secureCookies(),
  logger: authLogger,
  secret: env().AUTH_SECRET,
  providers: [shanxiProvider()],
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_S },
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
      const t = token as TokenWithPrincipal;
      if (trigger === 'signIn' && profile) {
        const p = await principalFromClaims(getDb(), profile as unknown as JxClaims);
        if (p) {
          t.p = p;
          t.sid = randomUUID();
        }
        return token;
      }
      if (!t.p) return token;
      // Every read of the session (pages, actions, GET /api/auth/session) refuses one that was
      // ended by 退出, a disable or a password change; null clears the cookie where it can.
      try {
        return (await sessionCheck(t.p.acct, t.p.sv, t.sid)) ? token : null;
      } catch (e) {
        // The database is down: the page's own check (lib/auth/session.ts) answers with 系统繁忙.
        console.error('[auth] session check failed:', safeErrorMessage(e));
        return token;
      }
    },
    session({ session, token }) {
      const t = token as TokenWithPrincipal;
      const s = session as unknown as TokenWithPrincipal;
      s.p = t.p;
      s.sid = t.sid;
      return session;
    },
  },
});
