import type { Metadata } from 'next';
import { UnitItemFrame } from '@/components/portal/PendingItem';
import { UNIT_ITEMS } from '@/lib/nav/menus';

const item = UNIT_ITEMS[3];
export const metadata: Metadata = { title: item.label };

export default function Page() {
  return <UnitItemFrame item={item} />;
}
