import { buttonClass } from '@/components/ui/Button';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { withdrawAction } from '@/app/actions/filings';
import { DetailSections } from '@/components/filings/DetailSections';
import { FilingHeader } from '@/components/filings/FilingHeader';
import { PageHeading } from '@/components/portal/PageHeading';
import { requireRole } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { viewerOf } from '@/lib/access/viewer';
import { getFiling } from '@/lib/filings/queries';
import { KINDS, kindHref } from '@/lib/kinds';

export const metadata: Metadata = { title: '申报详情' };

export default async function CenterFilingPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const unit = await requireRole('unit', `/center/${id}`);
  const db = getDb();
  const viewer = viewerOf(unit);
  const f = await getFiling(db, viewer, id);
  if (!f) notFound();
  const sections = await KINDS[f.kind].details(db, f.id, viewer);
  const itemHref = kindHref(f.kind);
  return (
    <>
      <PageHeading title="申报详情" crumbs={[{ href: '/', label: '首页' }, { href: '/center', label: '个人中心' }, { label: f.title }]} />
      <div className="space-y-4">
        <FilingHeader f={f} />
        <DetailSections sections={sections} />
        <div className="flex flex-wrap gap-3">
          <Link href="/center" className="rounded border border-slate-300 bg-white px-4 py-2 hover:bg-slate-100">
            返回个人中心
          </Link>
          {/* Only before any decision: a claim the county has approved waits for the city and cannot be withdrawn. */}
          {f.state === 'pending' && !f.decidedAt && (
            <form action={withdrawAction}>
              <input type="hidden" name="filingId" value={f.id} />
              <button type="submit" className="rounded border border-slate-400 px-4 py-2 hover:bg-slate-100">
                撤回
              </button>
            </form>
          )}
          {f.state === 'rejected' && (
            // A claim is corrected on its own page (?fix=): its months are reckoned again there.
            <Link href={f.kind === 'subsidy' ? `${itemHref}?fix=${f.id}` : itemHref} className={buttonClass()}>
              修改后重新提交
            </Link>
          )}
        </div>
      </div>
    </>
  );
}
