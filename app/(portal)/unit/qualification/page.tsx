import { buttonClass } from '@/components/ui/Button';
import { randomUUID } from 'node:crypto';
import type { Metadata } from 'next';
import Link from 'next/link';
import { QualificationForm } from '@/components/unit/QualificationForm';
import { UnitBasics, UnitItemFrame } from '@/components/portal/UnitItemFrame';
import { requireRole } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { kindItem } from '@/lib/nav/menus';
import { regionTree } from '@/lib/regions/queries';
import { qualificationStatus } from '@/lib/units/qualification';
import { withdrawAction } from '@/app/actions/filings';
import { submitQualificationAction } from './actions';
import { formatTime } from '@/lib/time';

const item = kindItem('qualification');
export const metadata: Metadata = { title: item.label };

export default async function QualificationPage() {
  const unit = await requireRole('unit', item.href);
  const db = getDb();
  const status = await qualificationStatus(db, unit.id);
  const latest = status.latest;

  let body: React.ReactNode;
  if (status.isTraineeUnit) {
    body = (
      <div role="status" className="rounded-lg border border-green-300 bg-green-50 p-4">
        <p className="font-semibold text-green-900">贵单位已是就业见习单位（审核通过{latest?.decidedAt ? `，${formatTime(latest.decidedAt)}` : ''}）。</p>
        <p className="mt-2 text-sm text-slate-700">
          现在可以
          <Link href="/unit/post-apply" className="mx-1 text-brand-700 underline">
            申请就业见习岗位
          </Link>
          ，或在
          <Link href="/center?state=approved" className="mx-1 text-brand-700 underline">
            个人中心
          </Link>
          查看申报记录。
        </p>
      </div>
    );
  } else if (latest?.state === 'pending') {
    body = (
      <div role="status" className="rounded-lg border border-amber-300 bg-amber-50 p-4">
        <p className="font-semibold text-amber-900">贵单位的就业见习单位申请已提交（{formatTime(latest.submittedAt)}），正在审核中（未审核）。</p>
        <div className="mt-3 flex flex-wrap gap-3">
          <Link href={`/center/${latest.filingId}`} className={buttonClass()}>
            查看申报详情
          </Link>
          <form action={withdrawAction}>
            <input type="hidden" name="filingId" value={latest.filingId} />
            <button type="submit" className="rounded border border-slate-400 px-4 py-2 text-slate-800 hover:bg-slate-100">
              撤回申请
            </button>
          </form>
        </div>
      </div>
    );
  } else {
    const tree = await regionTree(db);
    body = (
      <>
        {latest?.state === 'rejected' && (
          <div role="alert" className="rounded-lg border border-red-300 bg-red-50 p-4">
            <p className="font-semibold text-red-900">上次申请审核不通过。</p>
            <p className="mt-1 text-sm text-red-900">审核意见：{latest.note}</p>
            <p className="mt-1 text-sm text-slate-700">请根据审核意见修改后重新提交。</p>
          </div>
        )}
        <QualificationForm unitName={unit.name} tree={tree} previous={status.previous} submissionKey={randomUUID()} submit={submitQualificationAction} />
      </>
    );
  }

  return (
    <UnitItemFrame item={item}>
      <div className="space-y-4">
        <UnitBasics name={unit.name} uscc={unit.uscc} />
        {body}
      </div>
    </UnitItemFrame>
  );
}
