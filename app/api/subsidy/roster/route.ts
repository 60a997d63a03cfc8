import { getDb } from '@/lib/db/client';
import { UserFacingError } from '@/lib/errors';
import { route } from '@/lib/http/route';
import { unitRoster } from '@/lib/subsidy/documents';
import { windowSchema } from '@/lib/subsidy/schema';
import { xlsxResponse } from '@/lib/subsidy/xlsx';

export const dynamic = 'force-dynamic';

/** 补贴名册: the unit's own interns and their provable months over the window, to be stamped and uploaded. */
export const GET = route({ role: 'unit', schema: windowSchema, errorsAs: 'text' }, async ({ p, input }) => {
  const roster = await unitRoster(getDb(), { id: p.id, name: p.name }, input.from, input.count);
  if (!roster) throw new UserFacingError('仅审核通过的就业见习单位可以下载补贴名册。', { status: 403 });
  return xlsxResponse(roster, `就业见习补贴名册_${input.from}.xlsx`);
});
