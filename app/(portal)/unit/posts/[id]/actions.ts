'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { principalFor } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { invalidatePositions } from '@/lib/posts/cache';
import { closePosition } from '@/lib/posts/positions';
import { clientIp } from '@/lib/security/request';

/** 停止招募: the unit's own open position only; the public pages drop it at once. */
export async function closePositionAction(formData: FormData): Promise<void> {
  const who = await principalFor('unit');
  if (!who.ok) redirect('/login?type=unit&next=/unit/posts');
  const id = String(formData.get('id') ?? '');
  const code = await closePosition(getDb(), who.p.id, id, { kind: 'unit', id: who.p.id, ip: clientIp(await headers()) });
  if (code) invalidatePositions(code);
  redirect(`/unit/posts/${encodeURIComponent(id)}${code ? '?closed=1' : ''}`);
}
