'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/lib/db/client';
import { withdrawFiling } from '@/lib/filings/commands';
import { redirectAction } from '@/lib/forms/action';
import { uuidField } from '@/lib/validation/uuid';

/** 撤回: a unit withdraws its own waiting filing (any kind); the page re-renders showing 已撤回. */
export const withdrawAction = redirectAction({ role: 'unit', schema: z.object({ filingId: uuidField }) }, async ({ p, data, ip }) => {
  await withdrawFiling(getDb(), p.id, data.filingId, { kind: 'unit', id: p.id, ip });
  revalidatePath('/', 'layout');
});
