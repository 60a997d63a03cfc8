import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { accounts, auditLog, type AccountKind } from '@/lib/db/schema';
import { piiHash } from '@/lib/crypto/pii';
import { normalizeIdCard, normalizeUscc, stripControlChars } from '@/lib/validation';
import { LOCK_MINUTES, MAX_FAILED_LOGINS } from './config';
import { burnPasswordTime, verifyPassword } from './passwords';

export type LoginResult =
  | { ok: true; accountId: string }
  | { ok: false; code: 'bad_credentials' | 'locked' | 'disabled'; message: string; left?: number; until?: string };

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

const BAD: LoginResult = { ok: false, code: 'bad_credentials', message: '账号或密码错误，请重新输入。' };

/**
 * Checks a password. Five wrong passwords in a row lock the account for 15 minutes; the counter and
 * the lock are updated atomically, so parallel attempts cannot slip past the limit.
 */
export async function authenticate(db: Db, kind: AccountKind, login: string, password: string, ip: string): Promise<LoginResult> {
  const [acct] = await db
    .select({ id: accounts.id, passwordHash: accounts.passwordHash, status: accounts.status, lockedUntil: accounts.lockedUntil })
    .from(accounts)
    .where(and(eq(accounts.kind, kind), eq(accounts.loginKey, loginKeyFor(kind, login))));
  if (!acct) {
    await burnPasswordTime(password);
    return BAD;
  }
  if (acct.lockedUntil && acct.lockedUntil > new Date()) {
    return { ok: false, code: 'locked', until: hhmm(acct.lockedUntil), message: `密码连续输错${MAX_FAILED_LOGINS}次，账号已锁定，请于 ${hhmm(acct.lockedUntil)} 后再试。` };
  }
  const good = await verifyPassword(acct.passwordHash, password);
  if (!good) {
    const [after] = await db
      .update(accounts)
      .set({
        failedLogins: sql`CASE WHEN ${accounts.failedLogins} + 1 >= ${MAX_FAILED_LOGINS} THEN 0 ELSE ${accounts.failedLogins} + 1 END`,
        lockedUntil: sql`CASE WHEN ${accounts.failedLogins} + 1 >= ${MAX_FAILED_LOGINS} THEN now() + make_interval(mins => ${LOCK_MINUTES}) ELSE ${accounts.lockedUntil} END`,
      })
      .where(eq(accounts.id, acct.id))
      .returning({ failedLogins: accounts.failedLogins, lockedUntil: accounts.lockedUntil });
    const lockedNow = after.lockedUntil && after.lockedUntil > new Date();
    await db.insert(auditLog).values({ actorKind: kind, actorId: acct.id, action: lockedNow ? 'login_locked' : 'login_failed', entity: 'account', entityId: acct.id, ip });
    if (lockedNow) {
      return { ok: false, code: 'locked', until: hhmm(after.lockedUntil!), message: `密码连续输错${MAX_FAILED_LOGINS}次，账号已锁定 ${LOCK_MINUTES} 分钟，请于 ${hhmm(after.lockedUntil!)} 后再试。` };
    }
    const left = MAX_FAILED_LOGINS - after.failedLogins;
    return { ok: false, code: 'bad_credentials', left, message: `账号或密码错误，再输错 ${left} 次账号将被锁定 ${LOCK_MINUTES} 分钟。` };
  }
  if (acct.status !== 'active') return { ok: false, code: 'disabled', message: '该账号已被停用，请联系所在地人社部门。' };
  await db.update(accounts).set({ failedLogins: 0, lockedUntil: null }).where(eq(accounts.id, acct.id));
  await db.insert(auditLog).values({ actorKind: kind, actorId: acct.id, action: 'login', entity: 'account', entityId: acct.id, ip });
  return { ok: true, accountId: acct.id };
}
