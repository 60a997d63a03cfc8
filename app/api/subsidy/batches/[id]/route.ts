import { z } from 'zod';
import { getDb } from '@/lib/db/client';
import { UserFacingError } from '@/lib/errors';
import { route } from '@/lib/http/route';
import { bankFile } from '@/lib/subsidy/batches';
import { xlsxResponse } from '@/lib/subsidy/xlsx';

export const dynamic = 'force-dynamic';

/** The bank 代发 file of a 拨付批次: city staff of its city only; each download is audited in lib/subsidy. */
export const GET = route({ role: 'staff', schema: z.object({ id: z.string() }), errorsAs: 'text' }, async ({ p, input, ip }) => {
  const file = await bankFile(getDb(), p, input.id, ip);
  if (!file) throw new UserFacingError('批次不存在或无权下载（仅限本市市级工作人员）。', { status: 404 });
  return xlsxResponse(file.bytes, `就业见习补贴代发明细_${file.batchNo}.xlsx`);
});
