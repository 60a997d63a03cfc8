import 'server-only';
import { and, eq, isNull, lte, or, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { accounts, auditLog, type AccountKind } from '@/lib/db/schema';
import { piiHash } from '@/lib/crypto/pii';
import { normalizeIdCard, normalizeUscc, stripControlChars } from '@/lib/validation';
import { LOCK_MINUTES, MAX_FAILED_LOGINS } from './config';
import { burnPasswordTime, verifyPassword } from './passwords';

export type LoginResult = { ok: true; accountId: string } | { ok: false; code: 'bad_credentials' | 'locked' | 'disabled'; message: string; until?: string };

/** The account's login key: the USCC, the keyed hash of the 身份证号, or the staff user name. */
export function loginKeyFor(kind: AccountKind, typed: string): string {
  // A control character (U+0000 above all) would make the lookup a database error, not a refusal.
  const input = stripControlChars(typed);
  if (kind === 'unit') return normalizeUscc(input);
  if (kind === 'person') return piiHash(normalizeIdCard(input));
  return input.trim().toLowerCase();
}

function hhmm(d: Date): string {
  return d.toLocaleTimeString('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hour12: false });
}

// The same words for an unknown account and a wrong password, locked or not: for persons the login is
// the 身份证号, and any difference would tell whether a number is registered.
const BAD: LoginResult = {
  ok: false,
  code: 'bad_credentials',
  message: `账号或密码错误，请重新输入。密码连续输错${MAX_FAILED_LOGINS}次，账号将被锁定${LOCK_MINUTES}分钟。`,
};

const notLocked = or(isNull(accounts.lockedUntil), lte(accounts.lockedUntil, sql`now()`));

/**
 * Checks a password. Five wrong passwords in a row lock the account for 15 minutes. Every decision is
 * one conditional statement on the account row, so parallel attempts cannot slip past the limit: a
 * failure counts only while no lock is in force, and a right password clears the counter only if no
 * lock is in force at that moment (a lock set by a parallel failure stands). That the account is
 * locked is said only to someone who typed its right password.
 */
export async function authenticate(db: Db, kind: AccountKind, login: string, password: string, ip: string): Promise<LoginResult> {
  const [acct] = await db
    .select({ id: accounts.id, passwordHash: accounts.passwordHash })
    .from(accounts)
    .where(and(eq(accounts.kind, kind), eq(accounts.loginKey, loginKeyFor(kind, login))));
  if (!acct) {
    await burnPasswordTime(password);
    return BAD;
  }
  if (!(await verifyPassword(acct.passwordHash, password))) {
    const [after] = await db
      .update(accounts)
      .set({
        failedLogins: sql`CASE WHEN ${accounts.failedLogins} + 1 >= ${MAX_FAILED_LOGINS} THEN 0 ELSE ${accounts.failedLogins} + 1 END`,
        lockedUntil: sql`CASE WHEN ${accounts.failedLogins} + 1 >= ${MAX_FAILED_LOGINS} THEN now() + make_interval(mins => ${LOCK_MINUTES}) ELSE ${accounts.lockedUntil} END`,
      })
      .where(and(eq(accounts.id, acct.id), notLocked))
      .returning({ lockedUntil: accounts.lockedUntil });
    if (after) {
      const lockedNow = after.lockedUntil !== null && after.lockedUntil > new Date();
      await db
        .insert(auditLog)
        .values({ actorKind: kind, actorId: acct.id, action: lockedNow ? 'login_locked' : 'login_failed', entity: 'account', entityId: acct.id, ip });
    }
    return BAD;
  }
  const [opened] = await db
    .update(accounts)
    .set({ failedLogins: 0, lockedUntil: null })
    .where(and(eq(accounts.id, acct.id), notLocked))
    .returning({ status: accounts.status });
  if (!opened) {
    const [row] = await db.select({ lockedUntil: accounts.lockedUntil }).from(accounts).where(eq(accounts.id, acct.id));
    const until = row?.lockedUntil ? hhmm(row.lockedUntil) : undefined;
    return {
      ok: false,
      code: 'locked',
      until,
      message: `密码连续输错${MAX_FAILED_LOGINS}次，账号已锁定 ${LOCK_MINUTES} 分钟${until ? `，请于 ${until} 后再试` : ''}。`,
    };
  }
  if (opened.status !== 'active') return { ok: false, code: 'disabled', message: '该账号已被停用，请联系所在地人社部门。' };
  await db.insert(auditLog).values({ actorKind: kind, actorId: acct.id, action: 'login', entity: 'account', entityId: acct.id, ip });
  return { ok: true, accountId: acct.id };
}
