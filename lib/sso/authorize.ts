import { findClient, ssoIssuer } from './config';
import type { AuthRequest } from './codes';

export type ParsedAuthRequest =
  | { ok: true; req: AuthRequest }
  /** Client or redirect_uri is not trusted: show an error page, never redirect there. */
  | { ok: false; kind: 'page'; message: string }
  /** Any other error goes back to the client, as OAuth 2.0 says. */
  | { ok: false; kind: 'redirect'; location: string };

export const AUTH_PARAMS = ['client_id', 'redirect_uri', 'response_type', 'scope', 'state', 'nonce', 'code_challenge', 'code_challenge_method'] as const;

export function errorRedirect(redirectUri: string, error: string, description: string, state?: string | null): string {
  const url = new URL(redirectUri);
  url.searchParams.set('error', error);
  url.searchParams.set('error_description', description);
  if (state) url.searchParams.set('state', state);
  url.searchParams.set('iss', ssoIssuer());
  return url.toString();
}

export function successRedirect(redirectUri: string, code: string, state?: string): string {
  const url = new URL(redirectUri);
  url.searchParams.set('code', code);
  if (state) url.searchParams.set('state', state);
  url.searchParams.set('iss', ssoIssuer());
  return url.toString();
}

/** Validates an authorization request (OIDC Core §3.1.2.1, with PKCE S256 required). */
export function parseAuthRequest(params: URLSearchParams): ParsedAuthRequest {
  const clientId = params.get('client_id');
  const client = findClient(clientId);
  if (!client) return { ok: false, kind: 'page', message: '未知的接入应用（client_id 无效）。' };
  const redirectUri = params.get('redirect_uri') ?? '';
  if (!client.redirectUris.includes(redirectUri)) return { ok: false, kind: 'page', message: '回调地址（redirect_uri）未登记，已拒绝本次登录请求。' };
  const state = params.get('state');
  const fail = (error: string, description: string) => ({
    ok: false as const,
    kind: 'redirect' as const,
    location: errorRedirect(redirectUri, error, description, state),
  });
  if (params.get('response_type') !== 'code') return fail('unsupported_response_type', 'only response_type=code is supported');
  const scope = params.get('scope') ?? '';
  if (!scope.split(' ').includes('openid')) return fail('invalid_scope', 'scope must include openid');
  const codeChallenge = params.get('code_challenge');
  if (!codeChallenge || params.get('code_challenge_method') !== 'S256' || !/^[A-Za-z0-9_-]{43}$/.test(codeChallenge)) {
    return fail('invalid_request', 'PKCE with code_challenge_method=S256 is required');
  }
  return {
    ok: true,
    req: {
      clientId: client.clientId,
      redirectUri,
      scope,
      codeChallenge,
      ...(state ? { state } : {}),
      ...(params.get('nonce') ? { nonce: params.get('nonce')! } : {}),
    },
  };
}

/** The authorization request's parameters, to carry through the login form. */
export function authParamsOf(params: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams();
  for (const k of AUTH_PARAMS) {
    const v = params.get(k);
    if (v !== null) out.set(k, v);
  }
  return out;
}
