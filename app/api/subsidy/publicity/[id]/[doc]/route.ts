import { getDb } from '@/lib/db/client';
import { publicityWorkbook } from '@/lib/subsidy/documents';
import { xlsxResponse } from '@/lib/subsidy/xlsx';

export const dynamic = 'force-dynamic';

/** A 公示's attachments, public like the 公示 itself (names masked): 就业见习补贴表 or 就业见习花名册. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; doc: string }> }) {
  const { id, doc } = await params;
  if (doc !== 'table' && doc !== 'roster') return new Response('没有这种附件', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  const file = await publicityWorkbook(getDb(), id, doc);
  if (!file) return new Response('公示不存在', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  return xlsxResponse(file.bytes, file.name);
}
