import { env, ssoStandInEnabled } from '@/lib/env';

/**
 * Configuration of the mimicked 统一身份认证 (the identity provider stand-in) and of its one client,
 * this portal. Everything comes from the environment, so every process of the app agrees.
 */
export function appBaseUrl(): string {
  return (env().AUTH_URL ?? `http://localhost:${env().PORT}`).replace(/\/$/, '');
}

/** The stand-in's own issuer identifier. */
export function ssoIssuer(): string {
  return (env().SSO_ISSUER ?? `${appBaseUrl()}/sso`).replace(/\/$/, '');
}

/** The stand-in must never run in production by accident: it is on in production only when asked for. */
export function ssoEnabled(): boolean {
  return ssoStandInEnabled();
}

export type SsoClient = { clientId: string; clientSecret: string; redirectUris: string[]; name: string };

export function ssoClients(): SsoClient[] {
  const secret = env().OIDC_CLIENT_SECRET;
  if (!secret) return [];
  const extra = env()
    .SSO_EXTRA_REDIRECT_URIS.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return [
    {
      clientId: env().OIDC_CLIENT_ID,
      clientSecret: secret,
      redirectUris: [`${appBaseUrl()}/api/auth/callback/shanxi`, ...extra],
      name: '就业见习服务平台',
    },
  ];
}

export function findClient(clientId: string | null): SsoClient | undefined {
  return clientId ? ssoClients().find((c) => c.clientId === clientId) : undefined;
}

export const CODE_TTL_SECONDS = 60;
export const TOKEN_TTL_SECONDS = 600;
export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;
