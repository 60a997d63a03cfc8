import type { Metadata } from 'next';
import { randomUUID } from 'node:crypto';
import Link from 'next/link';
import { UnitBasics, UnitItemFrame } from '@/components/portal/UnitItemFrame';
import { PostApplyForm } from '@/components/posts/PostApplyForm';
import { requireRole } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { kindItem } from '@/lib/nav/menus';
import { floorTable } from '@/lib/posts/min-wage';
import { isTraineeUnit, NOT_TRAINEE_UNIT } from '@/lib/posts/positions';
import { regionTree } from '@/lib/regions/queries';
import { todayInShanghai } from '@/lib/time';
import { submitPositionAction } from './actions';

const item = kindItem('position');
export const metadata: Metadata = { title: item.label };

export default async function Page() {
  const unit = await requireRole('unit', item.href);
  const db = getDb();
  if (!(await isTraineeUnit(db, unit.id))) {
    return (
      <UnitItemFrame item={item}>
        <UnitBasics name={unit.name} uscc={unit.uscc} />
        <div role="status" className="mt-4 rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-900">
          <p>{NOT_TRAINEE_UNIT}</p>
          <Link href="/unit/qualification" className="mt-2 inline-block font-semibold text-brand-800 underline">
            办理就业见习单位申请
          </Link>
        </div>
      </UnitItemFrame>
    );
  }
  const today = todayInShanghai();
  const [tree, floors] = await Promise.all([regionTree(db), floorTable(db, today)]);
  return (
    <UnitItemFrame item={item}>
      <UnitBasics name={unit.name} uscc={unit.uscc} />
      <PostApplyForm tree={tree} floors={floors} today={today} initialKey={randomUUID()} submit={submitPositionAction} />
    </UnitItemFrame>
  );
}
