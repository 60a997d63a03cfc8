import 'server-only';
import { and, desc, eq, gte, isNull, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { auditLog, persons, positionInterests, positions, units } from '@/lib/db/schema';
import { decryptPii } from '@/lib/crypto/pii';
import { isUuid } from '@/lib/validation/uuid';
import { maskIdCard } from '@/lib/validation';
import { eligibility, type Eligibility } from './eligibility';
import { positionState } from './labels';
import type { ProfileData } from './schema';
import { todayInShanghai } from '@/lib/time';

export type Profile = {
  name: string;
  gender: string;
  birthDate: string;
  education: string | null;
  major: string | null;
  school: string | null;
  graduationDate: string | null;
  category: 'graduate' | 'youth' | null;
  phone: string | null;
  filled: boolean;
};

export async function getProfile(db: Db, personId: string): Promise<Profile | null> {
  const [p] = await db
    .select({
      name: persons.name,
      gender: persons.gender,
      birthDate: persons.birthDate,
      education: persons.education,
      major: persons.major,
      school: persons.school,
      graduationDate: persons.graduationDate,
      category: persons.category,
      phone: persons.phone,
      updatedAt: persons.profileUpdatedAt,
    })
    .from(persons)
    .where(eq(persons.id, personId));
  if (!p) return null;
  const { updatedAt, ...rest } = p;
  return { ...rest, filled: !!updatedAt };
}

/** Whether the person may register interest today, and if not, why (in their words). */
export function profileEligibility(p: Profile, on: string = todayInShanghai()): Eligibility {
  if (!p.filled) return { ok: false, reason: '请先在“就业见习人员申请”中填写并保存个人信息，再报名见习岗位。' };
  return eligibility({ birthDate: p.birthDate, education: p.education, graduationDate: p.graduationDate }, on);
}

/** 就业见习人员申请 → 保存: the person's own profile, with an audit row. */
export async function saveProfile(db: Db, personId: string, data: ProfileData, ip: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .update(persons)
      .set({
        education: data.education,
        major: data.major || null,
        school: data.school || null,
        graduationDate: data.graduationDate || null,
        category: data.category,
        phone: data.phone,
        profileUpdatedAt: sql`now()`,
      })
      .where(eq(persons.id, personId));
    await tx.insert(auditLog).values({ actorKind: 'person', actorId: personId, action: 'profile_save', entity: 'persons', entityId: personId, ip });
  });
}

export type InterestOutcome = { ok: true } | { ok: false; reason: string };

/** 我要报名: once per position, while it is open, only for an eligible person. */
export async function registerInterest(db: Db, personId: string, code: string, ip: string, today: string = todayInShanghai()): Promise<InterestOutcome> {
  const [pos] = await db
    .select({ id: positions.id })
    .from(positions)
    .where(and(eq(positions.code, code), eq(positions.status, 'open'), gte(positions.deadline, today)));
  if (!pos) return { ok: false, reason: '该岗位已停止招募或不存在，不能报名。' };
  const profile = await getProfile(db, personId);
  if (!profile) return { ok: false, reason: '请以个人用户登录后报名。' };
  const e = profileEligibility(profile, today);
  if (!e.ok) return e;
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(positionInterests).values({ positionId: pos.id, personId }).onConflictDoNothing().returning({ id: positionInterests.id });
    if (!row) return { ok: false as const, reason: '您已报名该岗位，无需重复报名。' };
    await tx
      .insert(auditLog)
      .values({ actorKind: 'person', actorId: personId, action: 'interest_register', entity: 'position_interests', entityId: row.id, detail: { code }, ip });
    return { ok: true as const };
  });
}

/** The person withdraws one of their own interests. */
export async function withdrawInterest(db: Db, personId: string, interestId: string, ip: string): Promise<boolean> {
  if (!isUuid(interestId)) return false;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(positionInterests)
      .set({ withdrawnAt: sql`now()` })
      .where(and(eq(positionInterests.id, interestId), eq(positionInterests.personId, personId), isNull(positionInterests.withdrawnAt)))
      .returning({ id: positionInterests.id });
    if (!row) return false;
    await tx
      .insert(auditLog)
      .values({ actorKind: 'person', actorId: personId, action: 'interest_withdraw', entity: 'position_interests', entityId: interestId, ip });
    return true;
  });
}

/** The person's own current interests, newest first. */
export async function listPersonInterests(db: Db, personId: string) {
  const rows = await db
    .select({
      id: positionInterests.id,
      createdAt: positionInterests.createdAt,
      code: positions.code,
      title: positions.title,
      unitName: units.name,
      status: positions.status,
      deadline: positions.deadline,
    })
    .from(positionInterests)
    .innerJoin(positions, eq(positions.id, positionInterests.positionId))
    .innerJoin(units, eq(units.id, positions.unitId))
    .where(and(eq(positionInterests.personId, personId), isNull(positionInterests.withdrawnAt)))
    .orderBy(desc(positionInterests.createdAt));
  const today = todayInShanghai();
  return rows.map((r) => ({ ...r, state: positionState(r.status, r.deadline, today) }));
}

export type InterestedPerson = {
  name: string;
  gender: string;
  education: string | null;
  major: string | null;
  school: string | null;
  graduationDate: string | null;
  phone: string | null;
  idCardMasked: string;
  createdAt: Date;
};

/** 意向人员 of one of the unit's own positions; null when the position is not this unit's. */
export async function listInterestsForUnit(db: Db, unitId: string, positionId: string): Promise<InterestedPerson[] | null> {
  if (!isUuid(positionId)) return null;
  const [own] = await db
    .select({ id: positions.id })
    .from(positions)
    .where(and(eq(positions.id, positionId), eq(positions.unitId, unitId)));
  if (!own) return null;
  const rows = await db
    .select({
      name: persons.name,
      gender: persons.gender,
      education: persons.education,
      major: persons.major,
      school: persons.school,
      graduationDate: persons.graduationDate,
      phone: persons.phone,
      idCardEnc: persons.idCardEnc,
      createdAt: positionInterests.createdAt,
    })
    .from(positionInterests)
    .innerJoin(positions, eq(positions.id, positionInterests.positionId))
    .innerJoin(persons, eq(persons.id, positionInterests.personId))
    .where(and(eq(positionInterests.positionId, positionId), eq(positions.unitId, unitId), isNull(positionInterests.withdrawnAt)))
    .orderBy(desc(positionInterests.createdAt));
  return rows.map(({ idCardEnc, ...r }) => ({ ...r, idCardMasked: maskIdCard(decryptPii(idCardEnc)) }));
}
