'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { principalFor } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { setCountyTier } from '@/lib/posts/min-wage';
import { clientIp } from '@/lib/security/request';

/** 保存 one county's tier; only a 系统管理员 (checked here and again in setCountyTier). */
export async function setCountyTierAction(formData: FormData): Promise<void> {
  const who = await principalFor('staff');
  if (!who.ok || !who.p.admin) redirect('/review/admin/min-wage?error=forbidden');
  const s = (k: string) => String(formData.get(k) ?? '').trim();
  const regionCode = s('regionCode');
  const ok = await setCountyTier(
    getDb(),
    { staffId: who.p.id, isAdmin: who.p.admin, ip: clientIp(await headers()) },
    { noticeId: s('noticeId'), regionCode, tier: Number(s('tier')), confirmed: formData.get('confirmed') === 'on', source: s('source').slice(0, 300) },
  );
  redirect(`/review/admin/min-wage?city=${regionCode.slice(0, 4)}&${ok ? `saved=${regionCode}` : 'error=invalid'}`);
}
