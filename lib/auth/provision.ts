import 'server-only';
import { eq, or } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { accounts, persons, staff, units } from '@/lib/db/schema';
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
  const [acct] = await db.select({ sv: accounts.sessionVersion, status: accounts.status }).from(accounts).where(eq(accounts.id, claims.sub));
  if (acct && acct.status !== 'active') return null;
  const sv = acct?.sv ?? -1;
  const localAccountId = acct ? claims.sub : null;

  if (claims.jx_kind === 'unit') {
    if (!claims.uscc || usccError(claims.uscc)) return null;
    const uscc = normalizeUscc(claims.uscc);
    let [u] = await db.select({ id: units.id, name: units.name, uscc: units.uscc }).from(units).where(localAccountId ? or(eq(units.accountId, localAccountId), eq(units.uscc, uscc)) : eq(units.uscc, uscc));
    if (!u) {
      [u] = await db.insert(units).values({ uscc, name: claims.name, phone: claims.phone_number ?? null }).onConflictDoNothing().returning({ id: units.id, name: units.name, uscc: units.uscc });
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
        .values({ name: claims.name, idCardEnc: encryptPii(id), idCardHash: hash, gender: genderOf(id), birthDate: birthDateOf(id)!, phone: claims.phone_number ?? null })
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

/** A session stays valid only while its account is active and its session version unchanged. */
export async function sessionStillValid(db: Db, p: Principal): Promise<boolean> {
  const [acct] = await db.select({ status: accounts.status, sv: accounts.sessionVersion }).from(accounts).where(eq(accounts.id, p.acct));
  if (!acct) return p.sv === -1;
  return acct.status === 'active' && acct.sv === p.sv;
}
