import { safeErrorMessage } from '@/lib/security/log';
import { principalFor } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { UserFacingError } from '@/lib/filings/errors';
import { reportKindOfSlug } from '@/lib/kinds';
import { importLimits, importReport } from '@/lib/reports/import';
import { clientIp } from '@/lib/security/request';
import { formatSize } from '@/lib/storage/sniff';
import { isUuid } from '@/lib/validation/uuid';

export const dynamic = 'force-dynamic';
export const maxDuration = 120;

const fail = (status: number, message: string) => Response.json({ ok: false, message }, { status });

/** 【导入】: the body is the file; X-File-Name its name, X-Submission-Key the page's one-time key. */
export async function POST(request: Request, { params }: { params: Promise<{ kind: string }> }) {
  const who = await principalFor('unit');
  if (!who.ok) return fail(who.status, who.message);
  const found = reportKindOfSlug((await params).kind);
  if (!found) return fail(404, '没有这种上报事项。');
  const key = request.headers.get('x-submission-key') ?? '';
  if (!isUuid(key)) return fail(400, '页面已过期，请刷新后重新导入。');
  const { maxBytes } = importLimits();
  const tooBig = `文件超过 ${formatSize(maxBytes)}，请拆分成多个文件分别导入。`;
  if (Number(request.headers.get('content-length') ?? 0) > maxBytes) return fail(413, tooBig);
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > maxBytes) {
        await reader.cancel();
        return fail(413, tooBig);
      }
      chunks.push(value);
    }
  }
  let fileName = 'upload';
  try {
    fileName = decodeURIComponent(request.headers.get('x-file-name') ?? 'upload');
  } catch {
    /* keep the default */
  }
  try {
    const outcome = await importReport(getDb(), { id: who.p.id }, found.kind, { fileName, bytes: Buffer.concat(chunks) }, key, { kind: 'unit', id: who.p.id, ip: clientIp(request.headers) });
    return Response.json(outcome, { status: outcome.ok ? 201 : 422 });
  } catch (e) {
    if (e instanceof UserFacingError) return fail(409, e.message);
    console.error('[import]', safeErrorMessage(e));
    return fail(500, '系统繁忙，导入未成功，本次没有写入任何数据，请稍后重试。');
  }
}
