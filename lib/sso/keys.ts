import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from 'jose';
import type { Db } from '@/lib/db/client';
import { ssoKeys } from '@/lib/db/schema';
import { decryptPii, encryptPii } from '@/lib/crypto/pii';
import { randomBytes } from 'node:crypto';

export type SigningKey = { kid: string; key: CryptoKey };

const cache = new Map<string, CryptoKey>();

/**
 * The RS256 key that signs ID and access tokens. It lives in the database (private part encrypted),
 * so a restart logs nobody out and sibling processes sign with the same key. When two processes
 * create one at the same moment, both then use the oldest.
 */
export async function signingKey(db: Db): Promise<SigningKey> {
  let [row] = await db.select().from(ssoKeys).where(eq(ssoKeys.active, true)).orderBy(asc(ssoKeys.createdAt), asc(ssoKeys.kid)).limit(1);
  if (!row) {
    const { publicKey, privateKey } = await generateKeyPair('RS256', { modulusLength: 2048, extractable: true });
    const kid = randomBytes(8).toString('hex');
    const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
    await db.insert(ssoKeys).values({ kid, publicJwk, privateJwkEnc: encryptPii(JSON.stringify(await exportJWK(privateKey))) });
    [row] = await db.select().from(ssoKeys).where(eq(ssoKeys.active, true)).orderBy(asc(ssoKeys.createdAt), asc(ssoKeys.kid)).limit(1);
  }
  let key = cache.get(row.kid);
  if (!key) {
    key = (await importJWK(JSON.parse(decryptPii(row.privateJwkEnc)) as JWK, 'RS256')) as CryptoKey;
    cache.set(row.kid, key);
  }
  return { kid: row.kid, key };
}

export async function publicJwks(db: Db): Promise<{ keys: JWK[] }> {
  await signingKey(db);
  const rows = await db.select({ jwk: ssoKeys.publicJwk }).from(ssoKeys).where(eq(ssoKeys.active, true));
  return { keys: rows.map((r) => r.jwk as JWK) };
}
