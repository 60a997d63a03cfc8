import type { Metadata } from 'next';
import { KIND_META } from '@/lib/kinds';
import { BatchReportPage } from '../_batch/BatchReportPage';

export const metadata: Metadata = { title: KIND_META.on_duty.label };

export default function Page() {
  return <BatchReportPage kind="on_duty" />;
}
