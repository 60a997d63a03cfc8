'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/lib/db/client';
import { formAction, redirectAction } from '@/lib/forms/action';
import type { FormState } from '@/lib/forms/state';
import { saveProfile, withdrawInterest } from '@/lib/posts/interests';
import { profileSchema } from '@/lib/posts/schema';
import { uuidField } from '@/lib/validation/uuid';

const save = formAction({ role: 'person', schema: () => profileSchema() }, async ({ p, data, ip }) => {
  await saveProfile(getDb(), p.id, data, ip);
  revalidatePath('/person/apply');
  return { ok: true };
});

export async function saveProfileAction(prev: FormState, formData: FormData): Promise<FormState> {
  return save(prev, formData);
}

/** 撤回 one of the person's own interests. */
export const withdrawInterestAction = redirectAction({ role: 'person', schema: z.object({ id: uuidField }) }, async ({ p, data, ip }) => {
  await withdrawInterest(getDb(), p.id, data.id, ip);
  revalidatePath('/person/apply');
});
