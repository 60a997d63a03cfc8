import type { Metadata } from 'next';
import { ItemCards } from '@/components/portal/ItemCards';
import { PageHeading } from '@/components/portal/PageHeading';
import { PERSON_ITEMS } from '@/lib/nav/menus';

// Rendered per request like the rest of its area: proxy.ts gives these paths a nonce policy (lib/security/csp.ts).
export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: '个人办事 · 就业创业' };

export default function PersonHome() {
  return (
    <>
      <PageHeading title="就业创业" crumbs={[{ href: '/', label: '首页' }, { label: '个人办事' }, { label: '就业创业' }]} />
      <ItemCards items={PERSON_ITEMS} label="个人可办理的就业见习事项" />
    </>
  );
}
