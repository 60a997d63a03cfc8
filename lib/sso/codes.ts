import 'server-only';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { and, eq, isNull, lt, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { ssoCodes } from '@/lib/db/schema';
import { CODE_TTL_SECONDS } from './config';

const sha256 = (s: string) => createHash('sha256').update(s).digest('base64url');

export type AuthRequest = {
  clientId: string;
  redirectUri: string;
  scope: string;
  state?: string;
  nonce?: string;
  codeChallenge: string;
};

/** A fresh authorization code; only its hash is stored. */
export async function issueCode(db: Db, req: AuthRequest, accountId: string): Promise<string> {
  const code = randomBytes(32).toString('base64url');
  await db.insert(ssoCodes).values({
    codeHash: sha256(code),
    clientId: req.clientId,
    redirectUri: req.redirectUri,
    accountId,
    nonce: req.nonce ?? null,
    codeChallenge: req.codeChallenge,
    scope: req.scope,
    authTime: sql`now()`,
    expiresAt: sql`now() + make_interval(secs => ${CODE_TTL_SECONDS})`,
  });
  // Expired codes are useless; drop them as we go.
  await db.delete(ssoCodes).where(lt(ssoCodes.expiresAt, sql`now() - interval '1 hour'`));
  return code;
}

export type Redeemed = { accountId: string; nonce: string | null; scope: string; authTime: Date };

function pkceMatches(verifier: string, challenge: string): boolean {
  if (!/^[A-Za-z0-9._~-]{43,128}$/.test(verifier)) return false;
  const a = Buffer.from(sha256(verifier));
  const b = Buffer.from(challenge);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Redeems a code once: the row is marked used in the same statement that reads it, so two
 * concurrent redemptions cannot both succeed. A code is bound to its client, redirect_uri and
 * PKCE verifier, and lives at most 60 s.
 */
export async function redeemCode(db: Db, input: { code: string; clientId: string; redirectUri: string; codeVerifier: string }): Promise<Redeemed | null> {
  const [row] = await db
    .update(ssoCodes)
    .set({ usedAt: sql`now()` })
    .where(and(eq(ssoCodes.codeHash, sha256(input.code)), isNull(ssoCodes.usedAt)))
    .returning({
      clientId: ssoCodes.clientId,
      redirectUri: ssoCodes.redirectUri,
      accountId: ssoCodes.accountId,
      nonce: ssoCodes.nonce,
      scope: ssoCodes.scope,
      codeChallenge: ssoCodes.codeChallenge,
      authTime: ssoCodes.authTime,
      expired: sql<boolean>`${ssoCodes.expiresAt} < now()`,
    });
  if (!row || row.expired) return null;
  if (row.clientId !== input.clientId || row.redirectUri !== input.redirectUri) return null;
  if (!pkceMatches(input.codeVerifier, row.codeChallenge)) return null;
  return { accountId: row.accountId, nonce: row.nonce, scope: row.scope, authTime: row.authTime };
}
