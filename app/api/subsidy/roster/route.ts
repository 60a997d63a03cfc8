import { principalFor } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { unitRoster } from '@/lib/subsidy/documents';
import { windowSchema } from '@/lib/subsidy/schema';
import { xlsxResponse } from '@/lib/subsidy/xlsx';

export const dynamic = 'force-dynamic';

const text = (status: number, message: string) => new Response(message, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });

/** 补贴名册: the unit's own interns and their provable months over the window, to be stamped and uploaded. */
export async function GET(request: Request) {
  const who = await principalFor('unit');
  if (!who.ok) return text(who.status, who.message);
  const sp = new URL(request.url).searchParams;
  const w = windowSchema.safeParse({ from: sp.get('from') ?? '', count: sp.get('count') ?? '' });
  if (!w.success) return text(400, w.error.issues[0].message);
  const roster = await unitRoster(getDb(), { id: who.p.id, name: who.p.name }, w.data.from, w.data.count);
  if (!roster) return text(403, '仅审核通过的就业见习单位可以下载补贴名册。');
  return xlsxResponse(roster, `就业见习补贴名册_${w.data.from}.xlsx`);
}
