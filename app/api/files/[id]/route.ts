import { getDb } from '@/lib/db/client';
import { viewerOf } from '@/lib/access/viewer';
import { UserFacingError } from '@/lib/errors';
import { route } from '@/lib/http/route';
import { fileStore } from '@/lib/storage';
import { fileForViewer } from '@/lib/units/attachments';
import { z } from 'zod';

export const dynamic = 'force-dynamic';

/**
 * Serves an attachment to the owning unit or to a reviewer whose scope covers its filing. By default
 * as a download; `?inline=1` (reviewers' preview) only for content-verified PDF/JPG/PNG, under a
 * sandboxing Content-Security-Policy.
 */
export const GET = route({ role: 'any', schema: z.object({ id: z.string(), inline: z.string().optional() }), errorsAs: 'text' }, async ({ p, input }) => {
  const viewer = viewerOf(p);
  if (!viewer) throw new UserFacingError('请先登录', { status: 401 });
  const file = await fileForViewer(getDb(), viewer, input.id);
  const bytes = file && (await fileStore().get(file.storageKey));
  if (!file || !bytes) throw new UserFacingError('文件不存在或无权查看', { status: 404 });
  const inline = input.inline === '1' && p.role === 'staff';
  const ascii = file.name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return new Response(Buffer.from(bytes), {
    headers: {
      'content-type': file.mime,
      'content-length': String(bytes.length),
      'content-disposition': `${inline ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.name)}`,
      'x-content-type-options': 'nosniff',
      'content-security-policy': "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'",
      'cache-control': 'private, no-store',
    },
  });
});
