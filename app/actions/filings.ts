'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { principalFor } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { withdrawFiling } from '@/lib/filings/commands';
import { isUuid } from '@/lib/validation/uuid';
import { clientIp } from '@/lib/security/request';

/** 撤回: a unit withdraws its own waiting filing (any kind). */
export async function withdrawAction(formData: FormData): Promise<void> {
  const who = await principalFor('unit');
  if (!who.ok) return;
  const id = String(formData.get('filingId') ?? '');
  if (!isUuid(id)) return;
  await withdrawFiling(getDb(), who.p.id, id, { kind: 'unit', id: who.p.id, ip: clientIp(await headers()) });
  revalidatePath('/', 'layout');
}
