import type { Metadata } from 'next';
import { LoginRequired } from '@/components/portal/LoginRequired';
import { PageHeading } from '@/components/portal/PageHeading';
import { PERSON_ITEMS } from '@/lib/nav/menus';

const item = PERSON_ITEMS[0];
export const metadata: Metadata = { title: item.label };

export default function PersonApplyPage() {
  return (
    <>
      <PageHeading title={item.label} crumbs={[{ href: '/', label: '首页' }, { href: '/person', label: '个人办事' }, { label: item.label }]} />
      <LoginRequired who="person" next={item.href} />
    </>
  );
}
