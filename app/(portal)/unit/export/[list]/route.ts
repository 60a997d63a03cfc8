import { principalFor } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { internsSheet, positionsSheet } from '@/lib/exports/catalog';
import { STATUS_LABELS, describeList } from '@/lib/exports/describe';
import { parseListFilter } from '@/lib/exports/lists';
import { streamXlsx, xlsxResponse } from '@/lib/exports/xlsx';
import { todayInShanghai } from '@/lib/time';
import { clientIp } from '@/lib/security/request';

export const dynamic = 'force-dynamic';
const TITLES: Record<string, string> = { positions: '本单位见习岗位', interns: '本单位见习人员' };

/** A unit's 【导出】 of its own positions or interns (ID numbers always masked). */
export async function GET(request: Request, { params }: { params: Promise<{ list: string }> }) {
  const who = await principalFor('unit');
  if (!who.ok) return new Response(who.message, { status: who.status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  const { list } = await params;
  if (!TITLES[list]) return new Response('没有这种列表。', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  const db = getDb();
  const f = { ...parseListFilter(Object.fromEntries(new URL(request.url).searchParams)), region: undefined, published: true };
  const viewer = { kind: 'unit' as const, unitId: who.p.id };
  const sheet = list === 'interns' ? internsSheet(db, viewer, f, false) : positionsSheet(db, viewer, f);
  const req = {
    what: TITLES[list],
    filters: describeList(who.p.name, f, STATUS_LABELS[list]),
    who: { kind: 'unit' as const, id: who.p.id, name: who.p.name, ip: clientIp(request.headers) },
  };
  return xlsxResponse(streamXlsx(db, req, [sheet]), `${TITLES[list]}-${todayInShanghai()}.xlsx`);
}
