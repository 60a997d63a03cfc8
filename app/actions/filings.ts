'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/lib/db/client';
import { withdrawFiling } from '@/lib/filings/commands';
import { getFiling } from '@/lib/filings/queries';
import { redirectAction } from '@/lib/forms/action';
import { withdrawClaim } from '@/lib/subsidy/details';
import { uuidField } from '@/lib/validation/uuid';

/** 撤回: a unit withdraws its own waiting filing (any kind); the page re-renders showing 已撤回. */
export const withdrawAction = redirectAction({ role: 'unit', schema: z.object({ filingId: uuidField }) }, async ({ p, data, ip }) => {
  const db = getDb();
  const actor = { kind: 'unit' as const, id: p.id, ip };
  // A claim also frees its person-months, and only before the county has decided.
  if ((await getFiling(db, { role: 'unit', unitId: p.id }, data.filingId))?.kind === 'subsidy') await withdrawClaim(db, p.id, data.filingId, actor);
  else await withdrawFiling(db, p.id, data.filingId, actor);
  revalidatePath('/', 'layout');
});
