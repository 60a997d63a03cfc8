'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/lib/db/client';
import { formAction } from '@/lib/forms/action';
import { addStandard, standardSchema } from '@/lib/subsidy/standards';

/** 新增补贴标准 (系统管理员; checked again in lib/subsidy). */
export const addStandardAction = formAction({ role: 'staff', schema: standardSchema }, async ({ p, data, ip }) => {
  await addStandard(getDb(), p, data, ip);
  revalidatePath('/review/admin/subsidy-standards');
  return { ok: true };
});
