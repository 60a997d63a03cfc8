import { randomUUID } from 'node:crypto';
import type { Metadata } from 'next';
import Link from 'next/link';
import { ImportPanel } from '@/components/batch/ImportPanel';
import { NotTraineeUnit } from '@/components/batch/NotTraineeUnit';
import { UnitBasics, UnitItemFrame } from '@/components/portal/UnitItemFrame';
import { requireRole } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { UNIT_ITEMS } from '@/lib/nav/menus';
import { unitHomeRegion } from '@/lib/reports/import';

const item = UNIT_ITEMS[4];
export const metadata: Metadata = { title: item.label };

export default async function Page() {
  const unit = await requireRole('unit', item.href);
  const home = await unitHomeRegion(getDb(), unit.id);
  return (
    <UnitItemFrame item={item}>
      <div className="space-y-4">
        <UnitBasics name={unit.name} uscc={unit.uscc} />
        {home ? <ImportPanel kind="attendance" title={item.label} submissionKey={randomUUID()} /> : <NotTraineeUnit />}
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
