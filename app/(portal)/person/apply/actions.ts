'use server';

import { headers } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { principalFor } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { formAction } from '@/lib/forms/action';
import type { FormState } from '@/lib/forms/state';
import { saveProfile, withdrawInterest } from '@/lib/posts/interests';
import { profileSchema } from '@/lib/posts/schema';
import { clientIp } from '@/lib/security/request';

const save = formAction({ role: 'person', schema: () => profileSchema() }, async ({ p, data, ip }) => {
  await saveProfile(getDb(), p.id, data, ip);
  revalidatePath('/person/apply');
  return { ok: true };
});

export async function saveProfileAction(prev: FormState, formData: FormData): Promise<FormState> {
  return save(prev, formData);
}

/** 撤回 one of the person's own interests. */
export async function withdrawInterestAction(formData: FormData): Promise<void> {
  const who = await principalFor('person');
  if (!who.ok) return;
  await withdrawInterest(getDb(), who.p.id, String(formData.get('id') ?? ''), clientIp(await headers()));
  revalidatePath('/person/apply');
}
