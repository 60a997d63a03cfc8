import { z } from 'zod';
import { getDb } from '@/lib/db/client';
import { UserFacingError } from '@/lib/errors';
import { route } from '@/lib/http/route';
import { saveAttachment } from '@/lib/units/attachments';
import { SUBSIDY_SLOTS } from '@/lib/subsidy/schema';
import { QUALIFICATION_SLOTS } from '@/lib/units/qualification-schema';
import { formatSize, maxAttachmentBytes } from '@/lib/storage/sniff';

export const dynamic = 'force-dynamic';

const SLOTS = [...QUALIFICATION_SLOTS, ...SUBSIDY_SLOTS].map((s) => s.id) as [string, ...string[]];

/**
 * One attachment of 就业见习单位申请 or 就业见习补贴申领 (the 上传 button of a slot). The body is the file itself; its
 * name comes in X-File-Name (URI-encoded). Only a signed-in unit may upload.
 */
export const POST = route(
  {
    role: 'unit',
    schema: z.object({ slot: z.enum(SLOTS, '未知的附件类别。') }),
    maxBytes: maxAttachmentBytes,
    tooBig: (max) => `文件超过 ${formatSize(max)}，请压缩后重新上传。`,
  },
  async ({ p, input, request, body }) => {
    let name = '附件';
    try {
      name = decodeURIComponent(request.headers.get('x-file-name') ?? '附件');
    } catch {
      /* keep the default name */
    }
    const result = await saveAttachment(getDb(), p.id, input.slot, name, body);
    if (!result.ok) throw new UserFacingError(result.message, { status: result.status });
    return Response.json(result, { status: 201 });
  },
);
