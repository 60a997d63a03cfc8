import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { FilingFilters } from '@/components/filings/FilingFilters';
import { FilingTable } from '@/components/filings/FilingTable';
import { Pagination } from '@/components/filings/Pagination';
import { PageHeading } from '@/components/portal/PageHeading';
import { ClaimList } from '@/components/subsidy/ClaimList';
import { PersonInternships } from '@/components/subsidy/PersonInternships';
import { getPrincipal, loginUrl } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { PAGE_SIZE, listUnitFilings, parseFilingFilter, unitFilingMonths } from '@/lib/filings/queries';
import { unitClaims } from '@/lib/subsidy/claims';
import { personInternships } from '@/lib/subsidy/person';

export const metadata: Metadata = { title: '个人中心' };

const TABS = [
  { state: 'pending', label: '未审核' },
  { state: 'approved', label: '审核通过' },
  { state: 'rejected', label: '审核不通过' },
] as const;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** 个人中心: the unit's filings of every kind, with the manual's tabs and selectors. */
export default async function CenterPage({ searchParams }: Props) {
  const p = await getPrincipal();
  if (!p) redirect(loginUrl('unit', '/center'));
  if (p.role === 'person') {
    const rows = await personInternships(getDb(), p.id);
    return (
      <>
        <PageHeading title="个人中心" crumbs={[{ href: '/', label: '首页' }, { label: '个人中心' }]}>
          <p className="mt-1 text-sm text-slate-600">
            {p.name} 的见习记录与就业见习补贴申领情况（补贴由见习单位申领）。
            <Link href="/person/apply" className="ml-1 text-brand-700 underline">
              就业见习人员申请
            </Link>
          </p>
        </PageHeading>
        <PersonInternships rows={rows} />
      </>
    );
  }
  if (p.role === 'staff') redirect('/review');
  const sp = await searchParams;
  const f = parseFilingFilter(sp);
  const db = getDb();
  const [{ rows, total }, months, claims] = await Promise.all([listUnitFilings(db, p.id, f), unitFilingMonths(db, p.id), unitClaims(db, p.id)]);
  const params = { state: f.state, month: f.month, kind: f.kind };
  const tabHref = (state: string) => `/center?${new URLSearchParams(Object.entries({ ...params, state }).filter((e): e is [string, string] => !!e[1]))}`;

  return (
    <>
      <PageHeading title="个人中心" crumbs={[{ href: '/', label: '首页' }, { label: '个人中心' }]}>
        <p className="mt-1 text-sm text-slate-600">{p.name} 的申报与审核记录</p>
      </PageHeading>
      <nav aria-label="按审核状态查看" className="mb-3 flex gap-1 border-b border-slate-300">
        {TABS.map((t) => (
          <Link
            key={t.state}
            href={tabHref(t.state)}
            aria-current={f.state === t.state ? 'page' : undefined}
            className={`-mb-px border-b-2 px-4 py-2 font-medium ${f.state === t.state ? 'border-brand-700 text-brand-800' : 'border-transparent text-slate-700 hover:text-brand-800'}`}
          >
            {t.label}
          </Link>
        ))}
      </nav>
      <FilingFilters action="/center" state={f.state} month={f.month} kind={f.kind} months={months} />
      <FilingTable rows={rows} hrefBase="/center" caption="申报记录" />
      <Pagination page={f.page ?? 1} total={total} pageSize={PAGE_SIZE} basePath="/center" params={params} />
      {claims.length > 0 && (
        <section aria-labelledby="claims" className="mt-4 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="claims" className="mb-2 font-semibold">
            就业见习补贴申领进度
          </h2>
          <ClaimList rows={claims} />
        </section>
      )}
    </>
  );
}
