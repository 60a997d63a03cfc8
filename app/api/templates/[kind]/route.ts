import { z } from 'zod';
import { buildTemplate } from '@/lib/batch';
import { getDb } from '@/lib/db/client';
import { UserFacingError } from '@/lib/errors';
import { route } from '@/lib/http/route';
import { reportKindOfSlug } from '@/lib/kinds';

export const dynamic = 'force-dynamic';

/** 【模板下载】: the .xlsx template of a report, with this unit's open 岗位编号 as a drop-down. */
export const GET = route({ role: 'unit', schema: z.object({ kind: z.string() }), errorsAs: 'text' }, async ({ p, input }) => {
  const found = reportKindOfSlug(input.kind);
  if (!found) throw new UserFacingError('没有这种模板', { status: 404 });
  const { spec, templateLists } = found.report;
  const bytes = await buildTemplate(spec, { lists: templateLists ? await templateLists(getDb(), p.id) : {} });
  const name = `${spec.title}模板.xlsx`;
  return new Response(Buffer.from(bytes), {
    headers: {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': `attachment; filename="template.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`,
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    },
  });
});
