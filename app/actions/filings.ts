'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { principalFor } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { withdrawFiling } from '@/lib/filings/commands';
import { getFiling } from '@/lib/filings/queries';
import { withdrawClaim } from '@/lib/subsidy/details';
import { isUuid } from '@/lib/validation/uuid';
import { clientIp } from '@/lib/security/request';

/** 撤回: a unit withdraws its own waiting filing (any kind). */
export async function withdrawAction(formData: FormData): Promise<void> {
  const who = await principalFor('unit');
  if (!who.ok) return;
  const id = String(formData.get('filingId') ?? '');
  if (!isUuid(id)) return;
  const db = getDb();
  const actor = { kind: 'unit' as const, id: who.p.id, ip: clientIp(await headers()) };
  // A claim also frees its person-months, and only before the county has decided.
  if ((await getFiling(db, { role: 'unit', unitId: who.p.id }, id))?.kind === 'subsidy') await withdrawClaim(db, who.p.id, id, actor);
  else await withdrawFiling(db, who.p.id, id, actor);
  revalidatePath('/', 'layout');
}
