'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/lib/db/client';
import { formAction } from '@/lib/forms/action';
import { createBatch, markPaid } from '@/lib/subsidy/batches';
import { batchSchema, paidSchema, publishSchema } from '@/lib/subsidy/city-schema';
import { publish } from '@/lib/subsidy/publicity';

/** 发布公示 (city staff; lib/subsidy checks the level and the claims again). */
export const publishAction = formAction({ role: 'staff', schema: publishSchema }, async ({ p, data, ip }) => {
  await publish(getDb(), p, { title: data.title, startDate: data.startDate, workingDays: data.workingDays, claimIds: data.claims }, ip);
  revalidatePath('/review/subsidy');
  return { ok: true };
});

/** 生成拨付批次. */
export const batchAction = formAction({ role: 'staff', schema: batchSchema }, async ({ p, data, ip }) => {
  await createBatch(getDb(), p, { batchNo: data.batchNo, payDate: data.payDate, claimIds: data.claims }, ip);
  revalidatePath('/review/subsidy');
  return { ok: true };
});

/** 标记已拨付. */
export const paidAction = formAction({ role: 'staff', schema: paidSchema }, async ({ p, data, ip }) => {
  await markPaid(getDb(), p, data.batchId, ip);
  revalidatePath('/review/subsidy');
  return { ok: true };
});
