import 'server-only';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { accounts, auditLog, persons, units } from '@/lib/db/schema';
import { encryptPii, piiHash } from '@/lib/crypto/pii';
import { safeErrorMessage } from '@/lib/security/log';
import { birthDateOf, genderOf } from '@/lib/validation';
import { hashPassword, verifyPassword } from './passwords';
import type { personRegistrationSchema, unitRegistrationSchema } from './schemas';
import type { z } from 'zod';

/** A refusal names its field; without one it concerns the whole form. */
export type RegisterResult = { ok: true; accountId: string } | { ok: false; field?: string; message: string };

const BUSY: RegisterResult = { ok: false, message: '系统繁忙，注册未成功，请稍后重试。' };

/**
 * Any other database error ends here: re-thrown, Next.js would log the failed query with its
 * parameters (name, phone, birth date). Only the database's own message is logged.
 */
function failed(e: unknown): RegisterResult {
  console.error('[register]', safeErrorMessage(e));
  return BUSY;
}

function isUniqueViolation(e: unknown): boolean {
  const err = e as { code?: string; cause?: { code?: string } };
  return err?.code === '23505' || err?.cause?.code === '23505';
}

/** Registers a unit: its login account and its 单位 record, in one transaction. */
export async function registerUnit(db: Db, input: z.output<typeof unitRegistrationSchema>, ip: string): Promise<RegisterResult> {
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.transaction(async (tx) => {
      const [acct] = await tx.insert(accounts).values({ kind: 'unit', loginKey: input.uscc, passwordHash }).returning({ id: accounts.id });
      await tx
        .insert(units)
        .values({ accountId: acct.id, uscc: input.uscc, name: input.name, legalRep: input.legalRep, contactName: input.contactName, phone: input.phone });
      await tx.insert(auditLog).values({ actorKind: 'unit', actorId: acct.id, action: 'register', entity: 'account', entityId: acct.id, ip });
      return { ok: true as const, accountId: acct.id };
    });
  } catch (e) {
    if (isUniqueViolation(e)) return { ok: false, field: 'uscc', message: '该统一社会信用代码已注册，请直接登录' };
    return failed(e);
  }
}

/** Registers a person; the 身份证号 is stored encrypted, with its keyed hash as the login key. */
export async function registerPerson(db: Db, input: z.output<typeof personRegistrationSchema>, ip: string): Promise<RegisterResult> {
  const passwordHash = await hashPassword(input.password);
  const idHash = piiHash(input.idCard);
  try {
    return await db.transaction(async (tx) => {
      const [acct] = await tx.insert(accounts).values({ kind: 'person', loginKey: idHash, passwordHash }).returning({ id: accounts.id });
      await tx.insert(persons).values({
        accountId: acct.id,
        name: input.name,
        idCardEnc: encryptPii(input.idCard),
        idCardHash: idHash,
        gender: genderOf(input.idCard),
        birthDate: birthDateOf(input.idCard)!,
        phone: input.phone,
      });
      await tx.insert(auditLog).values({ actorKind: 'person', actorId: acct.id, action: 'register', entity: 'account', entityId: acct.id, ip });
      return { ok: true as const, accountId: acct.id };
    });
  } catch (e) {
    if (isUniqueViolation(e)) return { ok: false, field: 'idCard', message: '该身份证号已注册，请直接登录' };
    return failed(e);
  }
}

/** Disabling an account ends its sessions at their next request (the session version moves on). */
export async function setAccountStatus(db: Db, accountId: string, status: 'active' | 'disabled', actor: { kind: string; id: string | null; ip: string }) {
  await db.transaction(async (tx) => {
    await tx
      .update(accounts)
      .set({ status, sessionVersion: sql`${accounts.sessionVersion} + 1`, updatedAt: sql`now()` })
      .where(eq(accounts.id, accountId));
    await tx.insert(auditLog).values({
      actorKind: actor.kind,
      actorId: actor.id,
      action: status === 'disabled' ? 'disable' : 'enable',
      entity: 'account',
      entityId: accountId,
      ip: actor.ip,
    });
  });
}

/** Changes a password after checking the current one; every existing session ends. */
export async function changePassword(
  db: Db,
  accountId: string,
  current: string,
  next: string,
  ip: string,
): Promise<{ ok: true } | { ok: false; message: string }> {
  const [acct] = await db.select({ hash: accounts.passwordHash, kind: accounts.kind }).from(accounts).where(eq(accounts.id, accountId));
  if (!acct || !(await verifyPassword(acct.hash, current))) return { ok: false, message: '当前密码不正确' };
  const passwordHash = await hashPassword(next);
  await db.transaction(async (tx) => {
    await tx
      .update(accounts)
      .set({ passwordHash, sessionVersion: sql`${accounts.sessionVersion} + 1`, updatedAt: sql`now()` })
      .where(eq(accounts.id, accountId));
    await tx.insert(auditLog).values({ actorKind: acct.kind, actorId: accountId, action: 'password_change', entity: 'account', entityId: accountId, ip });
  });
  return { ok: true };
}
