import type { Metadata } from 'next';
import { LoginRequired } from '@/components/portal/LoginRequired';
import { PageHeading } from '@/components/portal/PageHeading';

export const metadata: Metadata = { title: '个人中心' };

export default function CenterPage() {
  return (
    <>
      <PageHeading title="个人中心" crumbs={[{ href: '/', label: '首页' }, { label: '个人中心' }]} />
      <LoginRequired who="any" next="/center" />
    </>
  );
}
