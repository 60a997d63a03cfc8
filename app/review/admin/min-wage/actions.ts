'use server';

import { z } from 'zod';
import { getDb } from '@/lib/db/client';
import { redirectAction } from '@/lib/forms/action';
import { setCountyTier } from '@/lib/posts/min-wage';
import { optionalText } from '@/lib/validation/zod';

const tierSchema = z.object({
  noticeId: z.string().regex(/^[a-z0-9-]{1,40}$/),
  regionCode: z.string().regex(/^14\d{4}$/),
  tier: z.coerce.number().int().min(1).max(4),
  source: optionalText('依据文件', 300).default(''),
  confirmed: z.literal('on').optional(),
});

/** 保存 one county's tier; only a 系统管理员 (the declared role here, checked again in setCountyTier). */
export const setCountyTierAction = redirectAction({ role: 'admin', schema: tierSchema, back: '/review/admin/min-wage' }, async ({ p, data, ip }) => {
  const { regionCode, noticeId, tier, source } = data;
  const ok = await setCountyTier(getDb(), { staffId: p.id, isAdmin: p.admin, ip }, { noticeId, regionCode, tier, confirmed: data.confirmed === 'on', source });
  return `/review/admin/min-wage?city=${regionCode.slice(0, 4)}&${ok ? `saved=${regionCode}` : 'error=invalid'}`;
});
