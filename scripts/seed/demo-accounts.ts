import { eq } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { accounts, persons, staff, units } from '@/lib/db/schema';
import { encryptPii, piiHash } from '@/lib/crypto/pii';
import { birthDateOf, genderOf } from '@/lib/validation';
import { hashPassword } from '@/lib/sso/passwords';

/** One password for every demo account, listed in the README. */
export const DEMO_PASSWORD = 'Demo@2026';

export const DEMO_UNITS = [
  {
    id: '00000000-0000-4000-8000-000000000101',
    uscc: '91140105MA0KXD1A0T',
    name: '山西晋阳示范科技有限公司',
    legalRep: '王建国',
    contactName: '李娜',
    phone: '13935100001',
  },
  {
    id: '00000000-0000-4000-8000-000000000102',
    uscc: '91140100MA0HJY2B6C',
    name: '太原市汾河餐饮管理有限公司',
    legalRep: '赵志强',
    contactName: '陈静',
    phone: '13935100002',
  },
];

export const DEMO_PERSONS = [
  // Born 2003-03-15: 23 years old, within the 16–24 bracket.
  { id: '00000000-0000-4000-8000-000000000201', idCard: '140105200303152410', name: '张晓明', phone: '13835100001' },
  // Born 1985: neither a recent graduate nor aged 16–24.
  { id: '00000000-0000-4000-8000-000000000202', idCard: '140102198506123573', name: '李国强', phone: '13835100002' },
];

export const DEMO_STAFF = [
  {
    id: '00000000-0000-4000-8000-000000000301',
    username: 'xiaodian',
    name: '刘审核',
    bureau: '太原市小店区人力资源和社会保障局',
    regionCode: '140105',
    isAdmin: false,
  },
  { id: '00000000-0000-4000-8000-000000000302', username: 'taiyuan', name: '孙审核', bureau: '太原市人力资源和社会保障局', regionCode: '1401', isAdmin: false },
  { id: '00000000-0000-4000-8000-000000000303', username: 'admin', name: '周管理', bureau: '山西省人力资源和社会保障厅', regionCode: '14', isAdmin: true },
];

/** Account ids are the demo records' ids with the 4th group changed, so reruns find the same rows. */
const accountIdOf = (id: string) => id.replace('-8000-', '-9000-');

async function ensureAccount(db: Db, id: string, kind: 'unit' | 'person' | 'staff', loginKey: string, passwordHash: string) {
  await db.insert(accounts).values({ id, kind, loginKey, passwordHash }).onConflictDoNothing();
}

/** Demo accounts of every role (idempotent: existing rows are left as they are). */
export async function seedDemoAccounts(db: Db): Promise<number> {
  const [existing] = await db
    .select({ id: accounts.id })
    .from(accounts)
    .where(eq(accounts.id, accountIdOf(DEMO_STAFF[2].id)));
  if (existing) return 0;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    const t = tx as unknown as Db;
    for (const u of DEMO_UNITS) {
      await ensureAccount(t, accountIdOf(u.id), 'unit', u.uscc, passwordHash);
      await tx
        .insert(units)
        .values({ ...u, accountId: accountIdOf(u.id) })
        .onConflictDoNothing();
    }
    for (const p of DEMO_PERSONS) {
      const hash = piiHash(p.idCard);
      await ensureAccount(t, accountIdOf(p.id), 'person', hash, passwordHash);
      await tx
        .insert(persons)
        .values({
          id: p.id,
          accountId: accountIdOf(p.id),
          name: p.name,
          idCardEnc: encryptPii(p.idCard),
          idCardHash: hash,
          gender: genderOf(p.idCard),
          birthDate: birthDateOf(p.idCard)!,
          phone: p.phone,
        })
        .onConflictDoNothing();
    }
    for (const s of DEMO_STAFF) {
      await ensureAccount(t, accountIdOf(s.id), 'staff', s.username, passwordHash);
      await tx
        .insert(staff)
        .values({ ...s, accountId: accountIdOf(s.id) })
        .onConflictDoNothing();
    }
  });
  return DEMO_UNITS.length + DEMO_PERSONS.length + DEMO_STAFF.length;
}
