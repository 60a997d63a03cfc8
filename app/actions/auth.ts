'use server';

import { signOut } from '@/lib/auth/auth';
import { safeNext } from '@/lib/auth/principal';
import { endCurrentSession } from '@/lib/auth/session';

/** 退出: ends the session and goes home. */
export async function logout(): Promise<void> {
  await endCurrentSession();
  await signOut({ redirectTo: '/' });
}

/** Ends the current session and starts a login of another kind (e.g. a person who opened a unit 事项). */
export async function switchAccount(formData: FormData): Promise<void> {
  const type = ['unit', 'person', 'staff'].find((t) => t === formData.get('type')) ?? 'unit';
  const next = safeNext(String(formData.get('next') ?? '/'));
  await endCurrentSession();
  await signOut({ redirectTo: `/login?type=${type}&next=${encodeURIComponent(next)}` });
}
