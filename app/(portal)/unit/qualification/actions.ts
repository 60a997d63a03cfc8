'use server';

import { getDb } from '@/lib/db/client';
import { formAction } from '@/lib/forms/action';
import { submitQualification } from '@/lib/units/qualification';
import { qualificationSchema } from '@/lib/units/qualification-schema';

/** 提交 of 就业见习单位申请. */
export const submitQualificationAction = formAction(
  { role: 'unit', schema: (p) => qualificationSchema(p.name), keepOut: ['bankAccount'] },
  async ({ p, data, ip }) => {
    await submitQualification(getDb(), { id: p.id, name: p.name }, data, { kind: 'unit', id: p.id, ip });
    // No revalidatePath here: it would re-render this page at once (now showing 未审核) and
    // unmount the 「申报成功」 dialog; the dialog's 关闭 refreshes the page instead.
    return { ok: true };
  },
);
