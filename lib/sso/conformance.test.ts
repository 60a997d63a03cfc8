import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'drizzle-orm';
import * as jose from 'jose';
import * as oidc from 'openid-client';
import { installAsAppDb, freshTestDb, testEnv, type TestDb } from '@/lib/test/db';

/**
 * Drives the stand-in with openid-client, the certified relying-party library, through its real
 * route handlers (dispatched in-process instead of over a socket).
 */
testEnv();
const ISSUER = 'http://portal.test/sso';
const REDIRECT = 'http://portal.test/api/auth/callback/shanxi';
const UNIT = { uscc: '91350100M000100Y43', password: 'correct-horse-1' };

type Handler = (req: Request) => Promise<Response>;
let routes: Record<string, Partial<Record<'GET' | 'POST', Handler>>>;
let t: TestDb;
let tamper: ((body: Record<string, unknown>) => void) | null = null;

async function dispatch(url: string, init?: RequestInit): Promise<Response> {
  const req = new Request(url, init);
  const handler = routes[new URL(req.url).pathname]?.[req.method as 'GET' | 'POST'];
  if (!handler) return new Response('not found', { status: 404 });
  const res = await handler(req);
  if (tamper && new URL(req.url).pathname === '/sso/token' && res.ok) {
    const body = await res.json();
    tamper(body);
    return new Response(JSON.stringify(body), { status: 200, headers: res.headers });
  }
  return res;
}

/** openid-client's error for an OAuth error response with this code (in the body or a WWW-Authenticate challenge). */
function oauthError(code: string) {
  return (e: unknown) => {
    const err = e as { error?: string; cause?: unknown };
    const challenges = Array.isArray(err.cause) ? (err.cause as { parameters?: { error?: string }; scheme?: string }[]) : [];
    return err.error === code || challenges.some((c) => c.parameters?.error === code || (code === 'invalid_client' && c.scheme === 'basic'));
  };
}

async function configFor(secret = process.env.OIDC_CLIENT_SECRET!): Promise<oidc.Configuration> {
  return oidc.discovery(new URL(ISSUER), 'jianxi-portal', { client_secret: secret }, oidc.ClientSecretBasic(secret), {
    execute: [oidc.allowInsecureRequests, oidc.enableNonRepudiationChecks],
    [oidc.customFetch]: (url, options) => dispatch(url, options as RequestInit),
  });
}

/** Authorization request → login form → the callback URL carrying the code. */
async function loginFor(config: oidc.Configuration) {
  const verifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const authUrl = oidc.buildAuthorizationUrl(config, {
    redirect_uri: REDIRECT,
    scope: 'openid profile',
    code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  const toLogin = await dispatch(authUrl.toString());
  assert.equal(toLogin.status, 302);
  const loginPage = new URL(toLogin.headers.get('location')!, ISSUER);
  assert.equal(loginPage.pathname, '/sso/login');
  const form = new URLSearchParams(loginPage.searchParams);
  form.set('tab', 'unit');
  form.set('login', UNIT.uscc);
  form.set('password', UNIT.password);
  const submitted = await dispatch('http://portal.test/sso/login/submit', {
    method: 'POST',
    body: form,
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://portal.test', host: 'portal.test' },
  });
  assert.equal(submitted.status, 303);
  return { callback: new URL(submitted.headers.get('location')!), verifier, state, nonce };
}

before(async () => {
  t = await freshTestDb();
  installAsAppDb(t);
  routes = {
    '/sso/.well-known/openid-configuration': await import('@/app/sso/.well-known/openid-configuration/route'),
    '/sso/jwks': await import('@/app/sso/jwks/route'),
    '/sso/authorize': await import('@/app/sso/authorize/route'),
    '/sso/login/submit': await import('@/app/sso/login/submit/route'),
    '/sso/token': await import('@/app/sso/token/route'),
    '/sso/userinfo': await import('@/app/sso/userinfo/route'),
  };
  const { registerUnit } = await import('./accounts');
  const { seed } = await import('@/scripts/seed');
  await seed(t.db, { demo: false });
  const r = await registerUnit(
    t.db,
    {
      name: '山西示范科技有限公司',
      uscc: UNIT.uscc,
      legalRep: '王建国',
      contactName: '李娜',
      phone: '13912345678',
      password: UNIT.password,
      password2: UNIT.password,
    },
    '127.0.0.1',
  );
  assert.ok(r.ok);
});
after(() => t.close());

describe('the 统一身份认证 stand-in, driven by openid-client', () => {
  test('discovery, authorization code with PKCE, RS256 ID token, userinfo', async () => {
    const config = await configFor();
    assert.equal(config.serverMetadata().issuer, ISSUER);
    const { callback, verifier, state, nonce } = await loginFor(config);
    assert.equal(callback.searchParams.get('state'), state);
    const tokens = await oidc.authorizationCodeGrant(config, callback, { pkceCodeVerifier: verifier, expectedState: state, expectedNonce: nonce });
    const claims = tokens.claims()!;
    assert.equal(claims.iss, ISSUER);
    assert.equal(claims.aud, 'jianxi-portal');
    assert.equal(claims.nonce, nonce);
    assert.equal(claims.jx_kind, 'unit');
    assert.equal(claims.uscc, UNIT.uscc);
    assert.equal(claims.name, '山西示范科技有限公司');
    const header = jose.decodeProtectedHeader(tokens.id_token!);
    assert.equal(header.alg, 'RS256');
    const info = await oidc.fetchUserInfo(config, tokens.access_token, claims.sub);
    assert.equal(info.name, '山西示范科技有限公司');
  });

  test('refuses an unregistered redirect_uri without redirecting there', async () => {
    const res = await dispatch(
      `${ISSUER}/authorize?client_id=jianxi-portal&response_type=code&scope=openid&redirect_uri=${encodeURIComponent('http://evil.test/cb')}&code_challenge=${'a'.repeat(43)}&code_challenge_method=S256`,
    );
    assert.equal(res.status, 400);
    assert.equal(res.headers.get('location'), null);
    assert.match(await res.text(), /redirect_uri/);
  });

  test('requires PKCE S256', async () => {
    const res = await dispatch(
      `${ISSUER}/authorize?client_id=jianxi-portal&response_type=code&scope=openid&state=s1&redirect_uri=${encodeURIComponent(REDIRECT)}`,
    );
    assert.equal(res.status, 302);
    const back = new URL(res.headers.get('location')!);
    assert.equal(back.searchParams.get('error'), 'invalid_request');
    assert.equal(back.searchParams.get('state'), 's1');
  });

  test('refuses a reused code', async () => {
    const config = await configFor();
    const { callback, verifier, state, nonce } = await loginFor(config);
    await oidc.authorizationCodeGrant(config, callback, { pkceCodeVerifier: verifier, expectedState: state, expectedNonce: nonce });
    await assert.rejects(
      oidc.authorizationCodeGrant(config, callback, { pkceCodeVerifier: verifier, expectedState: state, expectedNonce: nonce }),
      oauthError('invalid_grant'),
    );
  });

  test('refuses a wrong PKCE verifier', async () => {
    const config = await configFor();
    const { callback, state, nonce } = await loginFor(config);
    await assert.rejects(
      oidc.authorizationCodeGrant(config, callback, { pkceCodeVerifier: oidc.randomPKCECodeVerifier(), expectedState: state, expectedNonce: nonce }),
      oauthError('invalid_grant'),
    );
  });

  test('refuses a code presented with another redirect_uri', async () => {
    const config = await configFor();
    const { callback, verifier, state, nonce } = await loginFor(config);
    const other = new URL(callback);
    other.pathname = '/api/auth/callback/other';
    await assert.rejects(
      oidc.authorizationCodeGrant(config, other, { pkceCodeVerifier: verifier, expectedState: state, expectedNonce: nonce }),
      oauthError('invalid_grant'),
    );
  });

  test('refuses a wrong client secret', async () => {
    const good = await configFor();
    const { callback, verifier, state, nonce } = await loginFor(good);
    const bad = await configFor('not-the-secret');
    await assert.rejects(
      oidc.authorizationCodeGrant(bad, callback, { pkceCodeVerifier: verifier, expectedState: state, expectedNonce: nonce }),
      oauthError('invalid_client'),
    );
  });

  test('refuses an expired code (older than 60 s)', async () => {
    const config = await configFor();
    const { callback, verifier, state, nonce } = await loginFor(config);
    await t.db.execute(sql`update sso_codes set expires_at = now() - interval '1 second' where used_at is null`);
    await assert.rejects(
      oidc.authorizationCodeGrant(config, callback, { pkceCodeVerifier: verifier, expectedState: state, expectedNonce: nonce }),
      oauthError('invalid_grant'),
    );
  });

  test('a tampered ID token fails signature verification', async () => {
    const config = await configFor();
    const { callback, verifier, state, nonce } = await loginFor(config);
    let forged = '';
    tamper = (body) => {
      const [h, p, s] = String(body.id_token).split('.');
      const payload = JSON.parse(Buffer.from(p, 'base64url').toString());
      payload.name = '冒名单位';
      forged = [h, Buffer.from(JSON.stringify(payload)).toString('base64url'), s].join('.');
      body.id_token = forged;
    };
    try {
      await assert.rejects(
        oidc.authorizationCodeGrant(config, callback, { pkceCodeVerifier: verifier, expectedState: state, expectedNonce: nonce }),
        (e: Error & { cause?: Error }) => /JWT signature verification failed/.test(String(e.cause?.message)),
      );
    } finally {
      tamper = null;
    }
    const jwks = jose.createLocalJWKSet(await (await dispatch(`${ISSUER}/jwks`)).json());
    await assert.rejects(jose.jwtVerify(forged, jwks, { issuer: ISSUER }), /signature/);
  });

  test('userinfo refuses a token that is not ours', async () => {
    const res = await dispatch(`${ISSUER}/userinfo`, { headers: { authorization: 'Bearer abc.def.ghi' } });
    assert.equal(res.status, 401);
  });
});
