import type { Metadata } from 'next';
import { ItemCards } from '@/components/portal/ItemCards';
import { PageHeading } from '@/components/portal/PageHeading';
import { PUBLIC_ITEMS } from '@/lib/nav/menus';

export const metadata: Metadata = { title: '公共就业 · 创业指导' };

export default function PublicHome() {
  return (
    <>
      <PageHeading title="创业指导" crumbs={[{ href: '/', label: '首页' }, { label: '公共就业' }, { label: '创业指导' }]}>
        <p className="mt-1 text-sm text-slate-600">以下事项无需登录即可使用。</p>
      </PageHeading>
      <ItemCards items={PUBLIC_ITEMS} label="创业指导事项" />
    </>
  );
}
