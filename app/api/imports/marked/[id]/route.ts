import { principalFor } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { markedUploadFor } from '@/lib/reports/import';

export const dynamic = 'force-dynamic';

/** The refused upload with its wrong cells marked red and commented; only for the unit that uploaded it. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const who = await principalFor('unit');
  if (!who.ok) return new Response(who.message, { status: who.status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  const file = await markedUploadFor(getDb(), who.p.id, (await params).id);
  if (!file) return new Response('文件不存在或已过期', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  return new Response(Buffer.from(file.bytes), {
    headers: {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': `attachment; filename="marked.xlsx"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}
