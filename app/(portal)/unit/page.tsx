import type { Metadata } from 'next';
import { ItemCards } from '@/components/portal/ItemCards';
import { PageHeading } from '@/components/portal/PageHeading';
import { UNIT_ITEMS } from '@/lib/nav/menus';

// Rendered per request like the rest of its area: proxy.ts gives these paths a nonce policy (lib/security/csp.ts).
export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: '法人办事 · 就业创业' };

export default function UnitHome() {
  return (
    <>
      <PageHeading title="就业创业" crumbs={[{ href: '/', label: '首页' }, { label: '法人办事' }, { label: '就业创业' }]}>
        <p className="mt-1 text-sm text-slate-600">请选择要办理的事项。</p>
      </PageHeading>
      <ItemCards items={UNIT_ITEMS} label="就业创业事项" />
    </>
  );
}
