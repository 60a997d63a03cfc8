import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import { seed } from '@/scripts/seed';
import { freshTestDb, installAsAppDb, testEnv, type TestDb } from '@/lib/test/db';
import { registerUnit } from '@/lib/sso/accounts';
import { claimsFor, type JxClaims } from '@/lib/sso/claims';
import { unitRegistrationSchema } from '@/lib/sso/schemas';
import { authConfig } from './config';
import { issuerAllowed } from './id-token';

/**
 * A fake identity provider: its discovery document (which even lists alg "none") and its JWKS. The
 * portal must accept only ID tokens signed with that key, RS256, for its own client id.
 */
testEnv();
let t: TestDb;
let server: http.Server;
let issuer: string;
let idpKey: CryptoKey;
const KID = 'idp-key-1';
const CLIENT = 'jianxi-portal';
let claims: JxClaims;

before(async () => {
  t = await freshTestDb();
  await seed(t.db, { demo: false });
  installAsAppDb(t);
  const pair = await generateKeyPair('RS256');
  idpKey = pair.privateKey;
  const jwk = { ...(await exportJWK(pair.publicKey)), kid: KID, alg: 'RS256', use: 'sig' };
  server = http.createServer((req, res) => {
    res.setHeader('content-type', 'application/json');
    if (req.url === '/sso/.well-known/openid-configuration') {
      res.end(JSON.stringify({ issuer, jwks_uri: `${issuer}/jwks`, id_token_signing_alg_values_supported: ['RS256', 'none', 'HS256'] }));
    } else if (req.url === '/sso/jwks') res.end(JSON.stringify({ keys: [jwk] }));
    else res.writeHead(404).end('{}');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sso`;
  // The fake IdP stands where the built-in stand-in would be (plain http is allowed for that one only).
  process.env.SSO_ISSUER = issuer;
  delete process.env.OIDC_ISSUER;
  process.env.OIDC_CLIENT_ID = CLIENT;
  const u = unitRegistrationSchema.parse({
    name: '令牌测试单位',
    uscc: '91140100MA0K000017',
    legalRep: '甲乙',
    contactName: '丙丁',
    phone: '13800000002',
    password: 'pass-word-2',
    password2: 'pass-word-2',
  });
  const r = await registerUnit(t.db, u, '10.0.0.2');
  assert.ok(r.ok);
  claims = (await claimsFor(t.db, r.accountId))!;
});
after(async () => {
  server.close();
  delete process.env.SSO_ISSUER;
  await t.close();
});

const signed = (key: CryptoKey, over: Record<string, unknown> = {}) =>
  new SignJWT({ ...claims, nonce: 'n', ...over })
    .setProtectedHeader({ alg: 'RS256', kid: KID })
    .setIssuer(issuer)
    .setAudience(typeof over.aud === 'string' ? over.aud : CLIENT)
    .setIssuedAt()
    .setExpirationTime('5m')
    .sign(key);

const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');

async function signIn(idToken: string): Promise<boolean | string> {
  const cb = authConfig().callbacks!.signIn!;
  return cb({
    user: { id: claims.sub },
    account: { provider: 'shanxi', type: 'oidc', providerAccountId: claims.sub, id_token: idToken },
    profile: { ...claims },
  } as never);
}

describe('ID tokens from the identity provider', () => {
  test('a token signed with the IdP key signs in', async () => {
    assert.equal(await signIn(await signed(idpKey)), true);
  });

  test('a token with a random RS256 signature (same kid) is refused', async () => {
    const other = (await generateKeyPair('RS256')).privateKey;
    assert.equal(await signIn(await signed(other)), false);
  });

  test('alg=none is refused although the metadata lists it', async () => {
    const now = Math.floor(Date.now() / 1000);
    const token = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ ...claims, iss: issuer, aud: CLIENT, iat: now, exp: now + 300 })}.`;
    assert.equal(await signIn(token), false);
  });

  test('a genuine token for another client, or for another subject than the profile, is refused', async () => {
    assert.equal(await signIn(await signed(idpKey, { aud: 'someone-else' })), false);
    assert.equal(await signIn(await signed(idpKey, { sub: '00000000-0000-4000-8000-00000000abcd' })), false);
  });

  test('plain http is refused for any issuer but the built-in stand-in while it is on', () => {
    assert.equal(issuerAllowed('https://sso.shanxi.gov.cn/oidc'), true);
    assert.equal(issuerAllowed('http://sso.example/oidc'), false);
    assert.equal(issuerAllowed(issuer), true);
    const env = process.env as Record<string, string | undefined>;
    const saved = env.NODE_ENV;
    try {
      env.NODE_ENV = 'production';
      delete env.SSO_STANDIN_ENABLED;
      assert.equal(issuerAllowed(issuer), false);
    } finally {
      env.NODE_ENV = saved;
    }
  });
});
