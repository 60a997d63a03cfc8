import 'server-only';
import { eq } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { accounts, persons, staff, units } from '@/lib/db/schema';
import { decryptPii } from '@/lib/crypto/pii';

/**
 * The claims the stand-in releases about an account, as the provincial IdP would: account type,
 * display name, 统一社会信用代码 or 身份证号, phone, and for staff the region scope and admin flag.
 */
export type JxClaims = {
  sub: string;
  name: string;
  jx_kind: 'unit' | 'person' | 'staff';
  phone_number?: string;
  uscc?: string;
  id_card?: string;
  jx_region?: string;
  jx_bureau?: string;
  jx_admin?: boolean;
};

export async function claimsFor(db: Db, accountId: string): Promise<JxClaims | null> {
  const [acct] = await db.select({ id: accounts.id, kind: accounts.kind, status: accounts.status }).from(accounts).where(eq(accounts.id, accountId));
  if (!acct || acct.status !== 'active') return null;
  if (acct.kind === 'unit') {
    const [u] = await db.select({ name: units.name, uscc: units.uscc, phone: units.phone }).from(units).where(eq(units.accountId, acct.id));
    return u ? { sub: acct.id, jx_kind: 'unit', name: u.name, uscc: u.uscc, ...(u.phone ? { phone_number: u.phone } : {}) } : null;
  }
  if (acct.kind === 'person') {
    const [p] = await db.select({ name: persons.name, idCardEnc: persons.idCardEnc, phone: persons.phone }).from(persons).where(eq(persons.accountId, acct.id));
    return p ? { sub: acct.id, jx_kind: 'person', name: p.name, id_card: decryptPii(p.idCardEnc), ...(p.phone ? { phone_number: p.phone } : {}) } : null;
  }
  const [s] = await db
    .select({ name: staff.name, bureau: staff.bureau, region: staff.regionCode, admin: staff.isAdmin })
    .from(staff)
    .where(eq(staff.accountId, acct.id));
  return s ? { sub: acct.id, jx_kind: 'staff', name: s.name, jx_bureau: s.bureau, jx_region: s.region, jx_admin: s.admin } : null;
}
