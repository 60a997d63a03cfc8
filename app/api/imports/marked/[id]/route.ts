import { z } from 'zod';
import { getDb } from '@/lib/db/client';
import { UserFacingError } from '@/lib/errors';
import { route } from '@/lib/http/route';
import { markedUploadFor } from '@/lib/reports/import';

export const dynamic = 'force-dynamic';

/** The refused upload with its wrong cells marked red and commented; only for the unit that uploaded it. */
export const GET = route({ role: 'unit', schema: z.object({ id: z.string() }), errorsAs: 'text' }, async ({ p, input }) => {
  const file = await markedUploadFor(getDb(), p.id, input.id);
  if (!file) throw new UserFacingError('文件不存在或已过期', { status: 404 });
  return new Response(Buffer.from(file.bytes), {
    headers: {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'content-disposition': `attachment; filename="marked.xlsx"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    },
  });
});
