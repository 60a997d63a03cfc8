import { getDb } from '@/lib/db/client';
import { principalFor } from '@/lib/auth/session';
import { saveAttachment } from '@/lib/units/attachments';
import { SUBSIDY_SLOTS } from '@/lib/subsidy/schema';
import { QUALIFICATION_SLOTS } from '@/lib/units/qualification-schema';
import { MAX_ATTACHMENT_BYTES, formatSize } from '@/lib/storage/sniff';

export const dynamic = 'force-dynamic';

const SLOTS = new Set<string>([...QUALIFICATION_SLOTS, ...SUBSIDY_SLOTS].map((s) => s.id));
const fail = (status: number, message: string) => Response.json({ ok: false, message }, { status });

/** Reads the body, but never more than the limit (a lying or missing Content-Length changes nothing). */
async function readCapped(request: Request, limit: number): Promise<Uint8Array | null> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/**
 * One attachment of 就业见习单位申请 or 就业见习补贴申领 (the 上传 button of a slot). The body is the file itself; its
 * name comes in X-File-Name (URI-encoded). Only a signed-in unit may upload.
 */
export async function POST(request: Request) {
  const who = await principalFor('unit');
  if (!who.ok) return fail(who.status, who.message);
  const slot = new URL(request.url).searchParams.get('slot') ?? '';
  if (!SLOTS.has(slot)) return fail(400, '未知的附件类别。');
  const tooBig = `文件超过 ${formatSize(MAX_ATTACHMENT_BYTES)}，请压缩后重新上传。`;
  if (Number(request.headers.get('content-length') ?? 0) > MAX_ATTACHMENT_BYTES) return fail(413, tooBig);
  const bytes = await readCapped(request, MAX_ATTACHMENT_BYTES);
  if (!bytes) return fail(413, tooBig);
  let name = '附件';
  try {
    name = decodeURIComponent(request.headers.get('x-file-name') ?? '附件');
  } catch {
    /* keep the default name */
  }
  const result = await saveAttachment(getDb(), who.p.id, slot, name, bytes);
  if (!result.ok) return fail(result.status, result.message);
  return Response.json(result, { status: 201 });
}
