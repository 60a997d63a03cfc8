import type { Metadata } from 'next';
import { KINDS } from '@/lib/kinds';
import { BatchReportPage } from '../_batch/BatchReportPage';

export const metadata: Metadata = { title: KINDS.match.label };

export default function Page() {
  return <BatchReportPage kind="match" />;
}
