import 'server-only';
import { cache } from 'react';
import { eq, lt, or } from 'drizzle-orm';
import { getDb, type Db } from '@/lib/db/client';
import { accounts, endedSessions, persons, staff, units } from '@/lib/db/schema';
import { isUuid } from '@/lib/validation/uuid';
import { encryptPii, piiHash } from '@/lib/crypto/pii';
import { birthDateOf, genderOf, idCardError, normalizeIdCard, normalizeUscc, usccError } from '@/lib/validation';
import type { JxClaims } from '@/lib/sso/claims';
import type { Principal } from './principal';

/**
 * Maps the IdP's claims to this portal's records. With the stand-in the records already exist
 * (registration made them); with the real provincial IdP a unit or person is created on first
 * sign-in from the claims. Staff are never created this way: they must be set up by an admin.
 */
export async function principalFromClaims(db: Db, claims: JxClaims): Promise<Principal | null> {
  const [acct] = isUuid(claims.sub)
    ? await db.select({ sv: accounts.sessionVersion, status: accounts.status }).from(accounts).where(eq(accounts.id, claims.sub))
    : [];
  if (acct && acct.status !== 'active') return null;
  const sv = acct?.sv ?? -1;
  const localAccountId = acct ? claims.sub : null;

  if (claims.jx_kind === 'unit') {
    if (!claims.uscc || usccError(claims.uscc)) return null;
    const uscc = normalizeUscc(claims.uscc);
    let [u] = await db
      .select({ id: units.id, name: units.name, uscc: units.uscc })
      .from(units)
      .where(localAccountId ? or(eq(units.accountId, localAccountId), eq(units.uscc, uscc)) : eq(units.uscc, uscc));
    if (!u) {
      [u] = await db
        .insert(units)
        .values({ uscc, name: claims.name, phone: claims.phone_number ?? null })
        .onConflictDoNothing()
        .returning({ id: units.id, name: units.name, uscc: units.uscc });
      if (!u) [u] = await db.select({ id: units.id, name: units.name, uscc: units.uscc }).from(units).where(eq(units.uscc, uscc));
    }
    return { role: 'unit', id: u.id, name: u.name, uscc: u.uscc, acct: claims.sub, sv };
  }

  if (claims.jx_kind === 'person') {
    const byAccount = localAccountId ? await db.select({ id: persons.id, name: persons.name }).from(persons).where(eq(persons.accountId, localAccountId)) : [];
    if (byAccount[0]) return { role: 'person', id: byAccount[0].id, name: byAccount[0].name, acct: claims.sub, sv };
    if (!claims.id_card || idCardError(claims.id_card)) return null;
    const id = normalizeIdCard(claims.id_card);
    const hash = piiHash(id);
    let [p] = await db.select({ id: persons.id, name: persons.name }).from(persons).where(eq(persons.idCardHash, hash));
    if (!p) {
      [p] = await db
        .insert(persons)
        .values({
          name: claims.name,
          idCardEnc: encryptPii(id),
          idCardHash: hash,
          gender: genderOf(id),
          birthDate: birthDateOf(id)!,
          phone: claims.phone_number ?? null,
        })
        .onConflictDoNothing()
        .returning({ id: persons.id, name: persons.name });
      if (!p) [p] = await db.select({ id: persons.id, name: persons.name }).from(persons).where(eq(persons.idCardHash, hash));
    }
    return { role: 'person', id: p.id, name: p.name, acct: claims.sub, sv };
  }

  if (claims.jx_kind === 'staff' && localAccountId) {
    const [s] = await db
      .select({ id: staff.id, name: staff.name, bureau: staff.bureau, region: staff.regionCode, admin: staff.isAdmin })
      .from(staff)
      .where(eq(staff.accountId, localAccountId));
    if (s) return { role: 'staff', id: s.id, name: s.name, bureau: s.bureau, region: s.region, admin: s.admin, acct: claims.sub, sv };
  }
  return null;
}

/**
 * A session stays valid only while its account is active, its session version unchanged (a disable
 * or password change bumps it) and its own id `sid` not ended by 退出. A session without an id
 * (issued before ids existed) is not valid: the person signs in again once.
 */
export async function sessionStillValid(db: Db, p: Pick<Principal, 'acct' | 'sv'>, sid: string | undefined): Promise<boolean> {
  if (!sid || !isUuid(sid)) return false;
  const [ended] = await db.select({ sid: endedSessions.sid }).from(endedSessions).where(eq(endedSessions.sid, sid));
  if (ended) return false;
  // An account that lives only at the provincial IdP has no row here (and its subject need not be a uuid).
  const [acct] = isUuid(p.acct) ? await db.select({ status: accounts.status, sv: accounts.sessionVersion }).from(accounts).where(eq(accounts.id, p.acct)) : [];
  if (!acct) return p.sv === -1;
  return acct.status === 'active' && acct.sv === p.sv;
}

/**
 * The same check for the token fields, memoised per request (the session callback and the page
 * both ask; React's cache makes that one query pair per render).
 */
export const sessionCheck = cache(async (acct: string, sv: number, sid: string | undefined): Promise<boolean> => {
  return sessionStillValid(getDb(), { acct, sv }, sid);
});

/** 退出: this session's id is refused from now on, wherever its cookie is presented. */
export async function endSession(db: Db, sid: string, expiresAt: Date): Promise<void> {
  if (!isUuid(sid)) return;
  await db.insert(endedSessions).values({ sid, expiresAt }).onConflictDoNothing();
}

/** Housekeeping: an ended session whose cookie has expired needs no row. */
export async function forgetExpiredEndedSessions(db: Db): Promise<number> {
  const gone = await db.delete(endedSessions).where(lt(endedSessions.expiresAt, new Date())).returning({ sid: endedSessions.sid });
  return gone.length;
}
