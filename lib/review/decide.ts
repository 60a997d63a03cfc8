import 'server-only';
import { z } from 'zod';
import type { Db } from '@/lib/db/client';
import { decideFiling, type DecisionOutcome } from '@/lib/filings/commands';
import { eq } from 'drizzle-orm';
import { filings } from '@/lib/db/schema';
import { KINDS } from '@/lib/kinds';
import { refreshStatsAfter } from '@/lib/stats/refresh';
import { decideSubsidy } from '@/lib/subsidy/review';
import { optionalText } from '@/lib/validation/zod';

export const decisionSchema = z
  .object({
    filingId: z.string().uuid('申报编号无效'),
    version: z.coerce.number().int().min(0),
    decision: z.enum(['approved', 'rejected'], { message: '请选择审核结果' }),
    note: optionalText('审核意见', 500).default(''),
  })
  .superRefine((v, ctx) => {
    if (v.decision === 'rejected' && !v.note) ctx.addIssue({ code: 'custom', path: ['note'], message: '审核不通过时必须填写审核意见（原因）' });
  });

/**
 * A reviewer's decision, inside their scope, with the kind's effects in the same transaction and
 * its after-commit effects (cache refreshes) once the decision is in.
 */
export async function decide(db: Db, staff: { id: string; region: string }, input: z.output<typeof decisionSchema>, ip: string): Promise<DecisionOutcome> {
  // A two-level kind (就业见习补贴申领, county then city) keeps its stages beside the claim.
  const [f] = await db.select({ kind: filings.kind }).from(filings).where(eq(filings.id, input.filingId));
  if (f && KINDS[f.kind].reviewLevels === 2) return decideSubsidy(db, staff, input, ip);
  const outcome = await decideFiling(
    db,
    {
      filingId: input.filingId,
      expectedVersion: input.version,
      decision: input.decision,
      note: input.note || null,
      staffId: staff.id,
      scope: staff.region,
      ip,
    },
    async (tx, filing) => {
      if (input.decision === 'approved') await KINDS[filing.kind].onApprove?.(tx, filing);
    },
  );
  if (outcome.ok && input.decision === 'approved') {
    await KINDS[outcome.filing.kind].afterApprove?.(db, outcome.filing);
    // 统计分析 reads flat views; they catch up in the background (the decision is already in).
    void refreshStatsAfter(db, outcome.filing.kind);
  }
  return outcome;
}
