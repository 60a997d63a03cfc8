import { principalFor } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { countReviewFilings, parseReviewFilter } from '@/lib/filings/queries';
import { internsSheet, positionsSheet, queueSheet, unitsSheet } from '@/lib/exports/catalog';
import { LIST_TITLES, STATUS_LABELS, describeList, describeQueue } from '@/lib/exports/describe';
import { parseListFilter } from '@/lib/exports/lists';
import { streamXlsx, xlsxResponse } from '@/lib/exports/xlsx';
import { todayInShanghai } from '@/lib/time';
import { regionLabel } from '@/lib/regions/queries';
import { clientIp } from '@/lib/security/request';

export const dynamic = 'force-dynamic';
const text = (message: string, status: number) => new Response(message, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });

/** 【导出】 of a reviewer's list, exactly as its filters show it, only inside the reviewer's region. */
export async function GET(request: Request, { params }: { params: Promise<{ list: string }> }) {
  const who = await principalFor('staff');
  if (!who.ok) return text(who.message, who.status);
  const me = who.p;
  const { list } = await params;
  if (!LIST_TITLES[list]) return text('没有这种列表。', 404);
  const sp = Object.fromEntries(new URL(request.url).searchParams);
  const db = getDb();
  if (sp.region && !sp.region.startsWith(me.region)) return text('所选地区不在您的辖区内，不能导出其数据。', 403);
  if (sp.region && !(await regionLabel(db, sp.region))) return text(`未知的地区代码“${sp.region.slice(0, 20)}”。`, 400);
  const scopeName = (await regionLabel(db, me.region)) ?? me.region;
  // Reviewers pay subsidies and keep the 花名册: they may ask for full numbers; every export is logged.
  const unmasked = sp.full === '1' && (list === 'interns' || list === 'units');
  const exporter = { kind: 'staff' as const, id: me.id, name: `${me.name}（${me.bureau}）`, ip: clientIp(request.headers) };
  const viewer = { kind: 'staff' as const, scope: me.region };
  const file = `${LIST_TITLES[list]}-${todayInShanghai()}.xlsx`;
  if (list === 'queue') {
    const f = parseReviewFilter(sp);
    const rows = await countReviewFilings(db, me.region, f);
    return xlsxResponse(
      streamXlsx(db, { what: LIST_TITLES.queue, filters: describeQueue(scopeName, f), who: exporter }, [queueSheet(db, me.region, f)]),
      file,
      rows,
    );
  }
  const f = parseListFilter(sp);
  const sheet =
    list === 'interns' ? internsSheet(db, viewer, f, unmasked) : list === 'units' ? unitsSheet(db, viewer, f, unmasked) : positionsSheet(db, viewer, f);
  return xlsxResponse(
    streamXlsx(db, { what: LIST_TITLES[list], filters: describeList(scopeName, f, STATUS_LABELS[list]), unmasked, who: exporter }, [sheet]),
    file,
  );
}
