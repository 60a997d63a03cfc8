import { randomUUID } from 'node:crypto';
import Link from 'next/link';
import { ImportPanel } from '@/components/batch/ImportPanel';
import { NotTraineeUnit } from '@/components/batch/NotTraineeUnit';
import { UnitBasics, UnitItemFrame } from '@/components/portal/UnitItemFrame';
import { requireRole } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { KINDS } from '@/lib/kinds';
import { kindItem } from '@/lib/nav/menus';
import { unitHomeRegion, type ReportKind } from '@/lib/reports/import';

/** The page of one batch report (见习匹配结果 / 见习考勤 / 每月在岗情况): its import panel for a 见习单位. */
export async function BatchReportPage({ kind }: { kind: ReportKind }) {
  const item = kindItem(kind);
  const unit = await requireRole('unit', item.href);
  const home = await unitHomeRegion(getDb(), unit.id);
  return (
    <UnitItemFrame item={item}>
      <div className="space-y-4">
        <UnitBasics name={unit.name} uscc={unit.uscc} />
        {home ? <ImportPanel slug={KINDS[kind].slug} title={item.label} submissionKey={randomUUID()} /> : <NotTraineeUnit />}
        <p className="text-sm">
          <Link href="/unit/interns" className="text-brand-700 underline">
            查看本单位见习人员
          </Link>
          <span className="mx-2 text-slate-400" aria-hidden="true">
            |
          </span>
          <Link href="/center" className="text-brand-700 underline">
            个人中心（申报与审核记录）
          </Link>
        </p>
      </div>
    </UnitItemFrame>
  );
}
