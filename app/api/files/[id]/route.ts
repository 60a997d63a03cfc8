import { getDb } from '@/lib/db/client';
import { getPrincipal } from '@/lib/auth/session';
import { viewerOf } from '@/lib/access/viewer';
import { fileStore } from '@/lib/storage';
import { fileForViewer } from '@/lib/units/attachments';

export const dynamic = 'force-dynamic';

/**
 * Serves an attachment to the owning unit or to a reviewer whose scope covers its filing. By default
 * as a download; `?inline=1` (reviewers' preview) only for content-verified PDF/JPG/PNG, under a
 * sandboxing Content-Security-Policy.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const p = await getPrincipal();
  const viewer = p && viewerOf(p);
  if (!p || !viewer) return new Response('请先登录', { status: 401, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  const file = await fileForViewer(getDb(), viewer, (await params).id);
  const bytes = file && (await fileStore().get(file.storageKey));
  if (!file || !bytes) return new Response('文件不存在或无权查看', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  const inline = new URL(request.url).searchParams.get('inline') === '1' && p.role === 'staff';
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
}
