'use server';

import { getDb } from '@/lib/db/client';
import { formAction } from '@/lib/forms/action';
import { submitClaim } from '@/lib/subsidy/claims';
import { claimSchema } from '@/lib/subsidy/schema';

/** 提交 of 就业见习补贴申领 (the unit, the months and the files are all checked again in lib/subsidy). */
export const submitClaimAction = formAction({ role: 'unit', schema: claimSchema }, async ({ p, data, ip }) => {
  await submitClaim(getDb(), { id: p.id, name: p.name }, data, { kind: 'unit', id: p.id, ip });
  // No revalidatePath: the 「申报成功」 dialog's 关闭 refreshes the page (as for the unit application).
  return { ok: true };
});
