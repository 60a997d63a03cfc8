import { principalFor } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { statsSheets } from '@/lib/exports/catalog';
import { streamXlsx, xlsxResponse } from '@/lib/exports/xlsx';
import { regionLabel } from '@/lib/regions/queries';
import { clientIp } from '@/lib/security/request';
import { describeFilter, parseStatsFilter } from '@/lib/stats/filter';
import { statsView } from '@/lib/stats/queries';

export const dynamic = 'force-dynamic';

/** 【导出】 of the 统计分析 tables: the same filters, the same numbers, one sheet per breakdown. */
export async function GET(request: Request) {
  const who = await principalFor('staff');
  if (!who.ok) return new Response(who.message, { status: who.status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  const me = who.p;
  const db = getDb();
  const parsed = await parseStatsFilter(db, me.region, Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.ok) return new Response(parsed.message, { status: parsed.status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  const f = parsed.filter;
  const v = await statsView(db, f);
  const scopeName = (await regionLabel(db, me.region)) ?? me.region;
  const req = {
    what: '就业见习统计',
    filters: describeFilter(f, scopeName),
    who: { kind: 'staff' as const, id: me.id, name: `${me.name}（${me.bureau}）`, ip: clientIp(request.headers) },
  };
  return xlsxResponse(streamXlsx(db, req, statsSheets(v)), `就业见习统计-${f.regionName.replace(/\s|·/g, '')}-${f.from}至${f.to}.xlsx`);
}
