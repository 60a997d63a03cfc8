import { SectionLayout } from '@/components/portal/SectionLayout';
import { UNIT_ITEMS } from '@/lib/nav/menus';
import { connection } from 'next/server';

/** Rendered per request, so that the proxy's script nonce reaches every page here (lib/security/headers.ts). */
export default async function UnitLayout({ children }: { children: React.ReactNode }) {
  await connection();
  return (
    <SectionLayout label="法人办事" category={{ href: '/unit', label: '就业创业' }} items={UNIT_ITEMS}>
      {children}
    </SectionLayout>
  );
}
