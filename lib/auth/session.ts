import 'server-only';
import { cache } from 'react';
import { redirect } from 'next/navigation';
import { auth } from './auth';
import { identify, loginUrl, type ActorRole, type Identified, type Principal, type Role } from './principal';
import { getDb } from '@/lib/db/client';
import { safeErrorMessage } from '@/lib/security/log';
import { endSession, sessionCheck } from './provision';
import { SESSION_MAX_AGE_S, type TokenWithPrincipal } from './config';

/** The signed-in principal for this request, or null (also when its account was disabled since). */
export const getPrincipal = cache(async (): Promise<Principal | null> => {
  const session = (await auth()) as TokenWithPrincipal | null;
  const p = session?.p;
  if (!p) return null;
  return (await sessionCheck(p.acct, p.sv, session?.sid)) ? p : null;
});

export { loginUrl };

/** For pages: anyone but the right role is sent to that role's login, and comes back to `next` after. */
export async function requireRole<R extends Role>(role: R, next: string): Promise<Extract<Principal, { role: R }>> {
  const p = await getPrincipal();
  if (!p || p.role !== role) redirect(loginUrl(role, next));
  return p as Extract<Principal, { role: R }>;
}

/** For server actions and route handlers (through their wrappers): the principal, or why it may not act. */
export async function principalFor<R extends ActorRole>(role: R): Promise<Identified<R>> {
  return identify(await getPrincipal(), role);
}

/**
 * 退出: the session's id is recorded as ended before its cookie is cleared, so a copy of the cookie
 * (another tab's, or a stolen one) is refused too. If the database cannot record it the cookie is
 * still cleared; the failure is logged.
 */
export async function endCurrentSession(): Promise<void> {
  const session = (await auth()) as TokenWithPrincipal | null;
  if (!session?.sid) return;
  try {
    await endSession(getDb(), session.sid, new Date(Date.now() + SESSION_MAX_AGE_S * 1000));
  } catch (e) {
    console.error('[auth] could not record the end of a session:', safeErrorMessage(e));
  }
}
