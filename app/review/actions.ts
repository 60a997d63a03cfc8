'use server';

import { getDb } from '@/lib/db/client';
import { formAction } from '@/lib/forms/action';
import { decide, decisionSchema } from '@/lib/review/decide';

/**
 * 审核通过 / 审核不通过. The scope check happens in the UPDATE itself (lib/filings/commands). No
 * revalidatePath: the form shows the outcome in place; the queue is rendered fresh on every visit.
 */
export const decideAction = formAction({ role: 'staff', schema: decisionSchema }, async ({ p, data, ip }) => {
  const outcome = await decide(getDb(), p, data, ip);
  if (!outcome.ok) return { formError: outcome.message };
  return { ok: true, values: { decision: data.decision } };
});
