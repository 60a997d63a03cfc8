import type { Metadata } from 'next';
import { ExportButton } from '@/components/exports/ExportButton';
import Link from 'next/link';
import { FilingFilters } from '@/components/filings/FilingFilters';
import { FilingTable } from '@/components/filings/FilingTable';
import { Pagination } from '@/components/filings/Pagination';
import { requireRole } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { PAGE_SIZE, listReviewFilings, parseReviewFilter } from '@/lib/filings/queries';
import { regionsUnder } from '@/lib/regions/queries';

export const metadata: Metadata = { title: '待审核' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The review queue: waiting filings inside the reviewer's region, filtered by kind, month, region and unit. */
export default async function ReviewQueue({ searchParams }: Props) {
  const me = await requireRole('staff', '/review');
  const sp = await searchParams;
  const f = parseReviewFilter(sp);
  const db = getDb();
  const [{ rows, total }, regionOptions] = await Promise.all([listReviewFilings(db, me.region, f), regionsUnder(db, me.region)]);
  return (
    <>
      <h1 className="text-xl font-bold">审核工作台</h1>
      <p className="mt-1 mb-4 text-sm text-slate-700">
        {me.bureau} · {me.name}（辖区代码 {me.region}）
        <Link href="/review/subsidy" className="ml-3 text-brand-700 underline">
          补贴公示与拨付
        </Link>
        <Link href="/review/subsidy/ledger" className="ml-3 text-brand-700 underline">
          补贴发放台账
        </Link>
        {me.admin && (
          <Link href="/review/admin/subsidy-standards" className="ml-3 text-brand-700 underline">
            补贴标准
          </Link>
        )}
      </p>
      <FilingFilters action="/review" state={f.state ?? 'all'} month={f.month} kind={f.kind}>
        {regionOptions.length > 0 && (
          <div>
            <label htmlFor="f-region" className="mb-1 block text-sm font-medium">
              地区
            </label>
            <select id="f-region" name="region" defaultValue={f.region ?? ''} className="w-full rounded border border-slate-400 bg-white px-2 py-1.5">
              <option value="">辖区全部</option>
              {regionOptions.map((r) => (
                <option key={r.code} value={r.code}>
                  {r.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <div>
          <label htmlFor="f-unit" className="mb-1 block text-sm font-medium">
            单位名称
          </label>
          <input id="f-unit" name="unit" defaultValue={f.unitName} className="w-full rounded border border-slate-400 px-2 py-1.5" />
        </div>
      </FilingFilters>
      <div className="mb-2">
        <ExportButton
          href={`/review/export/queue?${new URLSearchParams(Object.entries({ state: f.state ?? 'all', month: f.month, kind: f.kind, region: f.region, unit: f.unitName }).filter((e): e is [string, string] => !!e[1]))}`}
        />
      </div>
      <FilingTable rows={rows} hrefBase="/review" showUnit caption="待审核申报" />
      <Pagination
        page={f.page ?? 1}
        total={total}
        pageSize={PAGE_SIZE}
        basePath="/review"
        params={{ state: f.state ?? 'all', month: f.month, kind: f.kind, region: f.region, unit: f.unitName }}
      />
    </>
  );
}
