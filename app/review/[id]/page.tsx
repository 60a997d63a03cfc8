import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DetailSections } from '@/components/filings/DetailSections';
import { FilingHeader } from '@/components/filings/FilingHeader';
import { DecisionForm } from '@/components/review/DecisionForm';
import { decideAction } from '../actions';
import { requireRole } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { FILING_STATE_LABEL } from '@/lib/filings/labels';
import { viewerOf } from '@/lib/access/viewer';
import { filingHistory, getFiling } from '@/lib/filings/queries';
import { KINDS } from '@/lib/kinds';
import { subsidyReviewGate } from '@/lib/subsidy/review';
import { formatTime } from '@/lib/time';

export const metadata: Metadata = { title: '审核详情' };

const ACTION_LABEL = { submit: '提交', resubmit: '修改后重新提交', withdraw: '撤回', approve: '审核通过', reject: '审核不通过' } as const;

export default async function ReviewFilingPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const me = await requireRole('staff', `/review/${id}`);
  const db = getDb();
  const viewer = viewerOf(me);
  const f = await getFiling(db, viewer, id);
  if (!f) notFound();
  const kind = KINDS[f.kind];
  // A two-level kind (就业见习补贴申领): the county decides first, then the city.
  const gate = kind.reviewLevels === 2 && f.state === 'pending' ? await subsidyReviewGate(db, f.id, me.region) : null;
  const [sections, history, warnings] = await Promise.all([
    kind.details(db, f.id, viewer),
    filingHistory(db, viewer, f.id),
    f.state === 'pending' && kind.warnings ? kind.warnings(db, f.id, viewer) : Promise.resolve([]),
  ]);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/review" className="text-brand-700 underline">
          ← 返回待审核列表
        </Link>
      </p>
      <h1 className="mb-4 text-xl font-bold">{f.title}</h1>
      <div className="space-y-4">
        <FilingHeader f={f} />
        {warnings.length > 0 && (
          <div role="alert" className="rounded-lg border border-amber-400 bg-amber-50 p-4 text-amber-950">
            <p className="font-semibold">请注意：</p>
            <ul className="mt-1 list-disc pl-5 text-sm">
              {warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          </div>
        )}
        <DetailSections sections={sections} preview />
        {gate && !gate.canDecide ? (
          <p role="status" className="rounded-lg border border-slate-300 bg-slate-50 p-4 font-semibold">
            {gate.why}
          </p>
        ) : f.state === 'pending' ? (
          <DecisionForm filingId={f.id} version={f.version} decide={decideAction} level={gate?.level ?? undefined} />
        ) : (
          // Also what a reviewer sees right after deciding, when the page is refreshed by the decision.
          <p role="status" className="rounded-lg border border-slate-300 bg-slate-50 p-4 font-semibold">
            该申报{f.state === 'withdrawn' ? '已由单位撤回' : `已${FILING_STATE_LABEL[f.state]}`}
            {f.decidedAt ? `（${formatTime(f.decidedAt)}${f.decidedByName ? `，${f.decidedByName}` : ''}）` : ''}。
          </p>
        )}
        <section aria-labelledby="history" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="history" className="mb-2 font-semibold">
            办理记录
          </h2>
          <ol className="space-y-1 text-sm">
            {history.map((h, i) => (
              <li key={i}>
                {formatTime(h.at)} · {ACTION_LABEL[h.action]} → {FILING_STATE_LABEL[h.toState]}
                {h.note ? `（${h.note}）` : ''}
              </li>
            ))}
          </ol>
        </section>
      </div>
    </>
  );
}
