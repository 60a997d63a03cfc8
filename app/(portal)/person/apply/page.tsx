import type { Metadata } from 'next';
import { PageHeading } from '@/components/portal/PageHeading';
import { requireRole } from '@/lib/auth/session';
import { PERSON_ITEMS } from '@/lib/nav/menus';

const item = PERSON_ITEMS[0];
export const metadata: Metadata = { title: item.label };

export default async function PersonApplyPage() {
  const person = await requireRole('person', item.href);
  return (
    <>
      <PageHeading title={item.label} crumbs={[{ href: '/', label: '首页' }, { href: '/person', label: '个人办事' }, { label: item.label }]} />
      <p className="rounded-lg border border-slate-200 bg-white p-4">{person.name}，您好。</p>
    </>
  );
}
