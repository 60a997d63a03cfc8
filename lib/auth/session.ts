import 'server-only';
import { cache } from 'react';
import { redirect } from 'next/navigation';
import { getDb } from '@/lib/db/client';
import { auth } from './auth';
import type { Principal, Role } from './principal';
import { sessionStillValid } from './provision';

/** The signed-in principal for this request, or null (also when its account was disabled since). */
export const getPrincipal = cache(async (): Promise<Principal | null> => {
  const session = (await auth()) as { p?: Principal } | null;
  const p = session?.p;
  if (!p) return null;
  return (await sessionStillValid(getDb(), p)) ? p : null;
});

export function loginUrl(role: Role, next: string): string {
  return `/login?type=${role}&next=${encodeURIComponent(next)}`;
}

/** For pages: anyone but the right role is sent to that role's login, and comes back to `next` after. */
export async function requireRole<R extends Role>(role: R, next: string): Promise<Extract<Principal, { role: R }>> {
  const p = await getPrincipal();
  if (!p || p.role !== role) redirect(loginUrl(role, next));
  return p as Extract<Principal, { role: R }>;
}

export const SESSION_EXPIRED = '登录已过期或已退出，请重新登录后再提交。';
export const WRONG_ROLE: Record<Role, string> = {
  unit: '本事项仅限单位用户办理，请以单位用户登录。',
  person: '本事项仅限个人用户办理，请以个人用户登录。',
  staff: '仅限人社部门工作人员使用。',
};

/** For server actions and route handlers: the principal, or the Chinese reason it may not act. */
export async function principalFor<R extends Role>(role: R): Promise<{ ok: true; p: Extract<Principal, { role: R }> } | { ok: false; message: string; status: 401 | 403 }> {
  const p = await getPrincipal();
  if (!p) return { ok: false, message: SESSION_EXPIRED, status: 401 };
  if (p.role !== role) return { ok: false, message: WRONG_ROLE[role], status: 403 };
  return { ok: true, p: p as Extract<Principal, { role: R }> };
}
