import { headers } from 'next/headers';
import { principalFor } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { clientIp } from '@/lib/security/request';
import { bankFile } from '@/lib/subsidy/batches';
import { xlsxResponse } from '@/lib/subsidy/xlsx';

export const dynamic = 'force-dynamic';

/** The bank 代发 file of a 拨付批次: city staff of its city only; each download is audited in lib/subsidy. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const who = await principalFor('staff');
  if (!who.ok) return new Response(who.message, { status: who.status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  const { id } = await params;
  const file = await bankFile(getDb(), who.p, id, clientIp(await headers()));
  if (!file) return new Response('批次不存在或无权下载（仅限本市市级工作人员）。', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  return xlsxResponse(file.bytes, `就业见习补贴代发明细_${file.batchNo}.xlsx`);
}
