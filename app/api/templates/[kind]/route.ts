import { principalFor } from '@/lib/auth/session';
import { buildTemplate } from '@/lib/batch';
import { getDb } from '@/lib/db/client';
import { reportKindOfSlug } from '@/lib/kinds';

export const dynamic = 'force-dynamic';

/** 【模板下载】: the .xlsx template of a report, with this unit's open 岗位编号 as a drop-down. */
export async function GET(_request: Request, { params }: { params: Promise<{ kind: string }> }) {
  const who = await principalFor('unit');
  if (!who.ok) return new Response(who.message, { status: who.status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  const found = reportKindOfSlug((await params).kind);
  if (!found) return new Response('没有这种模板', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  const { spec, templateLists } = found.report;
  const bytes = await buildTemplate(spec, { lists: templateLists ? await templateLists(getDb(), who.p.id) : {} });
  const name = `${spec.title}模板.xlsx`;
  return new Response(Buffer.from(bytes), {
    headers: {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': `attachment; filename="template.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`,
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}
