'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { principalFor } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { setCountyTier } from '@/lib/posts/min-wage';
import { clientIp } from '@/lib/security/request';
import { optionalText } from '@/lib/validation/zod';

const tierSchema = z.object({
  noticeId: z.string().regex(/^[a-z0-9-]{1,40}$/),
  regionCode: z.string().regex(/^14\d{4}$/),
  tier: z.coerce.number().int().min(1).max(4),
  source: optionalText('依据文件', 300).default(''),
});

/** 保存 one county's tier; only a 系统管理员 (checked here and again in setCountyTier). */
export async function setCountyTierAction(formData: FormData): Promise<void> {
  const who = await principalFor('staff');
  if (!who.ok || !who.p.admin) redirect('/review/admin/min-wage?error=forbidden');
  const parsed = tierSchema.safeParse(Object.fromEntries([...formData.entries()].filter(([, v]) => typeof v === 'string')));
  if (!parsed.success) redirect('/review/admin/min-wage?error=invalid');
  const { regionCode, noticeId, tier, source } = parsed.data;
  const ok = await setCountyTier(
    getDb(),
    { staffId: who.p.id, isAdmin: who.p.admin, ip: clientIp(await headers()) },
    { noticeId, regionCode, tier, confirmed: formData.get('confirmed') === 'on', source },
  );
  redirect(`/review/admin/min-wage?city=${regionCode.slice(0, 4)}&${ok ? `saved=${regionCode}` : 'error=invalid'}`);
}
