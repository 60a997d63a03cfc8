import 'server-only';
import { cache } from 'react';
import { redirect } from 'next/navigation';
import { getDb } from '@/lib/db/client';
import { auth } from './auth';
import { identify, loginUrl, type ActorRole, type Identified, type Principal, type Role } from './principal';
import { sessionStillValid } from './provision';

/** The signed-in principal for this request, or null (also when its account was disabled since). */
export const getPrincipal = cache(async (): Promise<Principal | null> => {
  const session = (await auth()) as { p?: Principal } | null;
  const p = session?.p;
  if (!p) return null;
  return (await sessionStillValid(getDb(), p)) ? p : null;
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
