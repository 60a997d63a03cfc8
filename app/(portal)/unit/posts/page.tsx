import type { Metadata } from 'next';
import { UnitBasics, UnitItemFrame } from '@/components/portal/UnitItemFrame';
import { requireRole } from '@/lib/auth/session';
import { UNIT_ITEMS } from '@/lib/nav/menus';

const item = UNIT_ITEMS[2];
export const metadata: Metadata = { title: item.label };

export default async function Page() {
  const unit = await requireRole('unit', item.href);
  return (
    <UnitItemFrame item={item}>
      <UnitBasics name={unit.name} uscc={unit.uscc} />
    </UnitItemFrame>
  );
}
