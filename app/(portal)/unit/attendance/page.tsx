import type { Metadata } from 'next';
import { UNIT_ITEMS } from '@/lib/nav/menus';
import { BatchReportPage } from '../_batch/BatchReportPage';

const item = UNIT_ITEMS[4];
export const metadata: Metadata = { title: item.label };

export default function Page() {
  return <BatchReportPage item={item} kind="attendance" />;
}
