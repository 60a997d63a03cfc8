import { z } from 'zod';
import { getDb } from '@/lib/db/client';
import { UserFacingError } from '@/lib/errors';
import { route } from '@/lib/http/route';
import { reportKindOfSlug } from '@/lib/kinds';
import { importLimits, importReport } from '@/lib/reports/import';
import { formatSize } from '@/lib/storage/sniff';
import { isUuid } from '@/lib/validation/uuid';

export const dynamic = 'force-dynamic';
export const maxDuration = 120;

/** 【导入】: the body is the file; X-File-Name its name, X-Submission-Key the page's one-time key. */
export const POST = route(
  {
    role: 'unit',
    schema: z.object({ kind: z.string() }),
    maxBytes: () => importLimits().maxBytes,
    tooBig: (max) => `文件超过 ${formatSize(max)}，请拆分成多个文件分别导入。`,
    failure: '系统繁忙，导入未成功，本次没有写入任何数据，请稍后重试。',
  },
  async ({ p, input, request, body, ip }) => {
    const found = reportKindOfSlug(input.kind);
    if (!found) throw new UserFacingError('没有这种上报事项。', { status: 404 });
    const key = request.headers.get('x-submission-key') ?? '';
    if (!isUuid(key)) throw new UserFacingError('页面已过期，请刷新后重新导入。', { status: 400 });
    let fileName = 'upload';
    try {
      fileName = decodeURIComponent(request.headers.get('x-file-name') ?? 'upload');
    } catch {
      /* keep the default */
    }
    const outcome = await importReport(getDb(), { id: p.id }, found.kind, { fileName, bytes: body }, key, { kind: 'unit', id: p.id, ip });
    return Response.json(outcome, { status: outcome.ok ? 201 : 422 });
  },
);
