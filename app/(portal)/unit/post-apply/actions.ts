'use server';

import { getDb } from '@/lib/db/client';
import { formAction } from '@/lib/forms/action';
import type { FormState } from '@/lib/forms/state';
import { submitPosition } from '@/lib/posts/positions';
import { positionSchema } from '@/lib/posts/schema';

// The schema is made per request: 招募截止日期 is checked against today. The minimum wage is
// checked again inside submitPosition, against the floors read in its transaction.
const submit = formAction({ role: 'unit', schema: () => positionSchema() }, async ({ p, data, ip }) => {
  const { code } = await submitPosition(getDb(), { id: p.id }, data, { kind: 'unit', id: p.id, ip });
  // `values.code` carries the new 岗位编号 to the 「申报成功」 dialog.
  return { ok: true, values: { code } };
});

export async function submitPositionAction(prev: FormState, formData: FormData): Promise<FormState> {
  return submit(prev, formData);
}
